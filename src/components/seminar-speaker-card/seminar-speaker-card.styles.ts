import { css } from 'lit';

export const speakerCardStyles = css`
  .card {
    --_avatar: var(--seminar-avatar-size, 4rem);
    display: grid;
    grid-template-columns: var(--_avatar) 1fr;
    gap: var(--seminar-space-m, 1rem);
    align-items: start;
    padding: var(--seminar-space-m, 1rem);
    border: 1px solid var(--seminar-color-border, color-mix(in srgb, currentColor 20%, transparent));
    border-radius: var(--seminar-radius, 0.5rem);
    background: var(--seminar-color-surface, transparent);
    block-size: 100%;
  }
  .card.tbc {
    border-style: dashed;
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
    font-weight: 600;
    font-size: calc(var(--_avatar) * 0.35);
    color: var(--seminar-color-accent-text, #fff);
    background: var(--seminar-color-accent, #0b5cab);
  }
  .name {
    font-size: var(--seminar-font-size-l, 1.15em);
  }
  .tbc .name {
    font-style: italic;
  }
  .job-title,
  .organization {
    margin: 0;
    color: var(--seminar-color-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
  .bio {
    margin-block-start: var(--seminar-space-s, 0.5rem);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--seminar-space-s, 0.5rem);
  }
`;
