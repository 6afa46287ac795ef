import { html, nothing } from 'lit';
import type { AgendaModel, SponsorModel } from '../../feed/model.js';
import type { Messages } from '../../i18n/index.js';
import { ProgramElement } from '../../internal/program-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { sponsorStripStyles } from './seminar-sponsor-strip.styles.js';

/**
 * Organizers and sponsors grouped by tier in feed order: the logo when given, the name otherwise.
 * The first tier's logos are the tallest (`--seminar-logo-height`), the second's 80 percent of it,
 * later ones 65 percent. Well-known tiers (organizer, gold, …) get localised headings; others are
 * shown as written, capitalised when written all in lower case.
 *
 * @tagname seminar-sponsor-strip
 * @summary Sponsors and organizers by tier.
 *
 * @csspart tier - One tier group.
 * @csspart tier-title - The heading of a tier.
 * @csspart sponsor-list - The list of sponsors in a tier.
 * @csspart sponsor - One sponsor.
 * @csspart logo - A sponsor's logo.
 * @csspart sponsor-name - A sponsor's name, shown when there is no logo.
 * @csspart sponsor-description - A sponsor's short description.
 */
export class SeminarSponsorStrip extends ProgramElement {
  static override styles = [sharedStyles, sponsorStripStyles];

  static override get properties() {
    return {
      failedLogos: { state: true, attribute: false },
      model: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  /** Logos that failed to load; the sponsor's name stands in for them. */
  private failedLogos = new Set<string>();

  /** The program whose sponsors to show; when unset, the enclosing `<seminar-agenda>`'s. */
  model?: AgendaModel;

  /** Heading level (1–6) of the tier headings. */
  headingLevel = 3;

  override render() {
    const model = this.model ?? this.contextModel;
    const tiers = model?.sponsorTiers ?? [];
    const messages = this.uiMessages;
    return tiers.map(
      ({ tier, sponsors }) => html`<section part="tier" class="tier">
      <div part="tier-title" class="tier-title" role="heading" aria-level=${Math.min(this.headingLevel, 6)}>
        ${tierLabel(tier, messages, this.uiLocale)}
      </div>
      <ul part="sponsor-list" class="sponsors" lang=${model!.event.language}>
        ${sponsors.map((sponsor) => html`<li part="sponsor" class="sponsor">${this.#renderSponsor(sponsor)}</li>`)}
      </ul>
    </section>`,
    );
  }

  #renderSponsor(sponsor: SponsorModel) {
    const face =
      sponsor.logo && !this.failedLogos.has(sponsor.logo)
        ? html`<img part="logo" class="logo" src=${sponsor.logo} alt=${sponsor.name} loading="lazy" referrerpolicy="no-referrer"
          @error=${() => (this.failedLogos = new Set(this.failedLogos).add(sponsor.logo!))} />`
        : html`<span part="sponsor-name" class="name">${sponsor.name}</span>`;
    const linked = sponsor.url ? html`<a href=${sponsor.url} rel="noopener noreferrer sponsored" target="_blank">${face}</a>` : face;
    return html`${linked}${sponsor.description ? html`<span part="sponsor-description" class="description">${sponsor.description}</span>` : nothing}`;
  }
}

/** The tier's heading: localised when well known, else as the organizer wrote it ("community" reads "Community"). */
function tierLabel(tier: string, messages: Messages, locale: string): string {
  if (Object.hasOwn(messages.tiers, tier)) return messages.tiers[tier]!;
  return tier === tier.toLocaleLowerCase(locale) ? tier.charAt(0).toLocaleUpperCase(locale) + tier.slice(1) : tier;
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-sponsor-strip': SeminarSponsorStrip;
  }
}
