import { css } from 'lit';

export const speakerCardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    --_avatar: var(--_avatar-size);
    display: grid;
    grid-template-columns: var(--_avatar) minmax(0, 1fr);
    gap: var(--_space-m);
    align-items: start;
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    block-size: 100%;
  }
  .card.tbc {
    border-style: dashed;
  }
  /* A phone-wide card: a smaller portrait leaves the name room for a line of its own. */
  @container (max-width: 18rem) {
    .card {
      --_avatar: calc(var(--_avatar-size) * 0.75);
    }
  }
  /* Too narrow for portrait and text side by side: the portrait (already smaller) above the text. */
  @container (max-width: 14rem) {
    .card {
      grid-template-columns: 1fr;
    }
  }
  .portrait {
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    font-weight: var(--_font-weight-strong);
    font-size: calc(var(--_avatar) * 0.35);
    color: var(--_color-accent-text);
    background: var(--_color-accent);
  }
  /* Nobody to picture yet: an outline instead of a filled circle, so the card reads as pending. */
  .tbc .initials {
    color: var(--_color-muted);
    background: none;
    border: 2px dashed var(--_color-border);
  }
  .name {
    font-size: var(--_font-size-l);
    line-height: 1.25;
    margin-block-end: var(--_space-xs);
  }
  .tbc .name {
    font-style: italic;
  }
  .job-title,
  .organization {
    margin: 0;
    color: var(--_color-muted);
  }
  /* A tag, not a sentence: set apart from the job title at a glance. */
  .moderator {
    display: inline-block;
    margin-block: 0 var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    color: var(--_color-accent);
  }
  .appearances {
    margin-block: var(--_space-s) 0;
    font-size: var(--_font-size-s);
    color: var(--_color-muted);
  }
  .appearances .session-title {
    font-weight: var(--_font-weight-strong);
    color: var(--_color-text);
  }
  .bio {
    max-inline-size: var(--_measure);
    margin-block-start: var(--_space-s);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .initials {
      border: 1px solid CanvasText;
    }
  }
`;
