import { css } from 'lit';

/** The skip links past a long program: out of sight until a keyboard reaches them. */
export const agendaSpeakersStyles = css`
  .skip-links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: 0;
  }
  /* Out of the flow and clipped away, yet read and reached in order. */
  .skip-links:not(:focus-within) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    clip-path: inset(50%);
  }
  .skip-link {
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
`;
