import { css } from 'lit';

export const agendaStyles = css`
  .agenda {
    display: grid;
    gap: var(--seminar-space-l, 1.5rem);
  }
  .series,
  .date {
    margin: 0;
    color: var(--seminar-color-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
  .event-title {
    font-size: var(--seminar-font-size-xl, 1.6em);
    line-height: 1.2;
  }
  .subtitle {
    font-size: var(--seminar-font-size-l, 1.15em);
    margin-block: var(--seminar-space-s, 0.5rem);
  }
  .section-title {
    font-size: var(--seminar-font-size-l, 1.25em);
    margin-block-end: var(--seminar-space-s, 0.5rem);
  }
  .speakers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--seminar-space-m, 1rem);
  }
  .status {
    padding: var(--seminar-space-m, 1rem);
    border-radius: var(--seminar-radius, 0.5rem);
    background: var(--seminar-color-break, color-mix(in srgb, currentColor 5%, transparent));
  }
  .error {
    border-inline-start: 4px solid var(--seminar-color-error, #b3261e);
  }
`;
