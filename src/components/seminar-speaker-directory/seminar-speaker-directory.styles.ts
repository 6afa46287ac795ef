import { css } from 'lit';

export const speakerDirectoryStyles = css`
  .count {
    color: var(--_color-muted);
  }
  /* Columns of entries as wide as a card; each entry a row of the list, not a box. */
  .directory {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    gap: var(--_space-s) var(--_space-l);
    align-items: start;
  }
  .entry {
    /* Hundreds of entries: those off screen skip layout and paint. Padding keeps focus rings inside the clip. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
    padding: var(--_space-xs);
    border-block-start: 1px solid var(--_color-border);
  }
  .name {
    font-weight: var(--_font-weight-strong);
    line-height: 1.3;
  }
  .tbc .name {
    font-style: italic;
  }
  .note {
    margin-inline-start: 0.3em;
    font-size: var(--_font-size-s);
    color: var(--_color-muted);
  }
  .details {
    margin: 0;
    font-size: var(--_font-size-s);
    color: var(--_color-muted);
  }
  .sessions {
    margin-block: var(--_space-xs);
    font-size: var(--_font-size-s);
  }
  .sessions li {
    padding-block: 0.15em;
  }
  .toggle {
    min-block-size: 24px;
  }
  .bio {
    margin-block-start: var(--_space-s);
    font-size: var(--_font-size-s);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  @media print {
    .entry {
      break-inside: avoid;
    }
  }
`;
