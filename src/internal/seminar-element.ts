import { LitElement, type PropertyDeclarations } from 'lit';

/** Colour scheme of an element: forced light or dark, or the visitor's setting. */
export type SeminarTheme = 'light' | 'dark' | 'auto';

/** Spacing of an element. */
export type SeminarDensity = 'comfortable' | 'compact';

/**
 * The base of every seminar-* element: the theme and density switches and the --seminar-* tokens
 * they all read (defaults in src/internal/theme-styles.ts, documented in docs/theming.md).
 *
 * @cssprop [--seminar-color-text=#1f2328 light, #e6e9ee dark] - Text.
 * @cssprop [--seminar-color-muted=#59636e light, #a4adb8 dark] - Secondary text: dates, kinds, job titles, breaks.
 * @cssprop [--seminar-color-background=#ffffff light, #121519 dark] - Background of each element; transparent shows the page.
 * @cssprop [--seminar-color-surface=#f6f8fa light, #1b2027 dark] - Background of speaker cards and sponsor boxes.
 * @cssprop [--seminar-color-accent=#0b5cab light, #7cb7ff dark] - Links, buttons, selected tab, nested-session rule, initials circle.
 * @cssprop [--seminar-color-accent-text=#ffffff light, #0b1a2b dark] - Text on the accent colour (initials, hovered buttons).
 * @cssprop [--seminar-color-border=#d0d7de light, #3d4550 dark] - Lines between sessions, card and sponsor borders.
 * @cssprop [--seminar-color-break=#eef1f4 light, #20262e dark] - Background of breaks, meals and status messages.
 * @cssprop [--seminar-color-now=#1a7f37 light, #4cc38a dark] - The Now badge and the edge of the session running now.
 * @cssprop [--seminar-color-now-text=#ffffff light, #0b1a12 dark] - Text on the Now badge.
 * @cssprop [--seminar-color-focus=#0b5cab light, #7cb7ff dark] - Keyboard focus ring.
 * @cssprop [--seminar-color-error=#b3261e light, #ff8a80 dark] - Edge of the error message.
 * @cssprop [--seminar-color-logo-background=transparent light, #f6f8fa dark] - Plate behind sponsor logos.
 * @cssprop [--seminar-space-xs=0.25rem] - Spacing step xs; compact density keeps 60 percent.
 * @cssprop [--seminar-space-s=0.5rem] - Spacing step s; compact density keeps 60 percent.
 * @cssprop [--seminar-space-m=1rem] - Spacing step m; compact density keeps 60 percent.
 * @cssprop [--seminar-space-l=1.5rem] - Spacing step l; compact density keeps 60 percent.
 * @cssprop [--seminar-font-family=inherit] - Font; inherits the page font by default.
 * @cssprop [--seminar-font-size-s=0.875em] - Small text: kinds, badges, buttons, notes.
 * @cssprop [--seminar-font-size-m=1em] - Body text: descriptions, bios, tier headings.
 * @cssprop [--seminar-font-size-l=1.25em] - Session titles, speaker names, the subtitle.
 * @cssprop [--seminar-font-size-xl=1.5em] - Section headings: program, speakers, sponsors.
 * @cssprop [--seminar-font-size-2xl=2em] - The event title.
 * @cssprop [--seminar-font-weight-body=400] - Titles of breaks.
 * @cssprop [--seminar-font-weight-strong=600] - Times, names, badges, selected tab.
 * @cssprop [--seminar-font-weight-heading=650] - Headings.
 * @cssprop [--seminar-line-height=1.5] - Line height.
 * @cssprop [--seminar-measure=70ch] - Widest line of running text (descriptions, subtitle, bios); the program itself is not capped.
 * @cssprop [--seminar-radius=0.5rem] - Corner radius of cards, boxes, buttons, badges.
 * @cssprop [--seminar-padding=1rem] - Room inside the agenda around its content; 0 sets it flush with the page.
 * @cssprop [--seminar-avatar-size=4rem] - Size of speaker portraits.
 * @cssprop [--seminar-logo-height=3rem] - Height of sponsor logos.
 * @cssprop [--seminar-time-width=max-content] - Width of the time column; by default the longest range of the list.
 */
export abstract class SeminarElement extends LitElement {
  // Every element declares its reactive properties in this getter, not with decorators: the
  // decorators and their helper cost 0.5 kB gzip in the CDN bundle. The doc comments stay on the
  // fields, where the manifest reads them; internal state is listed with `attribute: false` so it
  // gets none there. A getter rather than a static field, which lit-analyzer does not read.
  static override get properties(): PropertyDeclarations {
    return {
      theme: { reflect: true },
      density: { reflect: true },
    };
  }

  /** Colour scheme: light, dark or auto (the visitor's setting). Unset, an element inside an agenda follows the agenda, any other is auto. */
  theme?: SeminarTheme;

  /** Spacing: comfortable or compact. Unset, an element inside an agenda follows the agenda, any other is comfortable. */
  density?: SeminarDensity;

  // `lang` is HTMLElement's own attribute, not a reactive property, yet it picks the UI language:
  // a page that switches language by setting it must see the strings follow.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }
}
