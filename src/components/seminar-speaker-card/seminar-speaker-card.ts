import { html, nothing } from 'lit';
import type { AgendaModel, SpeakerModel } from '../../feed/model.js';
import { appearancesBySpeaker, type Appearance } from '../../feed/speaker-sessions.js';
import { initialsOf } from '../../feed/text.js';
import type { Messages } from '../../i18n/index.js';
import { renderRichText } from '../../internal/rich-text.js';
import { ProgramElement } from '../../internal/program-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { speakerCardStyles } from './seminar-speaker-card.styles.js';

/**
 * A speaker: portrait (or initials), name, job title, organization, bio and links.
 * Reads the speaker by `speaker-id` from the enclosing agenda (or the `model` property), or stands
 * alone from attributes. A TBC card names the sessions the speaker is expected in; a moderator's
 * card says so. A `speaker-id` that cannot be resolved renders nothing and warns in the console.
 *
 * @tagname seminar-speaker-card
 * @summary One speaker, from the program or from attributes.
 *
 * @slot - The bio, when the card stands alone (a feed bio is used otherwise).
 *
 * @csspart card - The card box.
 * @csspart portrait - The photo, or the circle with initials when there is none.
 * @csspart name - The name, or "to be confirmed".
 * @csspart job-title - The job title.
 * @csspart organization - The organization.
 * @csspart moderator - The mark on a speaker who moderates a session.
 * @csspart appearances - The sessions a speaker who awaits confirmation is expected in.
 * @csspart bio - The bio: its text, or the slot for a bio given as content.
 * @csspart bio-text - The bio's text when it comes from the feed.
 * @csspart links - The list of links.
 * @csspart speaker-link - One link.
 */
export class SeminarSpeakerCard extends ProgramElement {
  static override styles = [sharedStyles, speakerCardStyles];

  static override get properties() {
    return {
      failedPhoto: { state: true, attribute: false },
      model: { attribute: false },
      speakerId: { attribute: 'speaker-id' },
      name: {},
      jobTitle: { attribute: 'job-title' },
      organization: {},
      photo: {},
      tbc: { type: Boolean },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  /** A photo that failed to load; initials stand in for it. */
  private failedPhoto?: string;

  /** The program whose speaker `speaker-id` names; when unset, the enclosing `<seminar-agenda>`'s. */
  model?: AgendaModel;

  /** Id of a speaker in the program; takes precedence over the attributes below. */
  speakerId?: string;

  /** Full name, when standing alone. */
  name?: string;

  /** Job title or role, when standing alone. */
  jobTitle?: string;

  /** Organization, when standing alone. */
  organization?: string;

  /** Portrait URL, when standing alone. */
  photo?: string;

  /** Marks the speaker as not yet confirmed. */
  tbc = false;

  /** Heading level (1–6) of the name. */
  headingLevel = 3;

  /** What willUpdate resolved; render shows it and updated warns about what is missing. */
  #resolved: Resolved = { appearances: [] };

  /** The last warning given, so a re-render does not repeat it. */
  #warned?: string;

  override willUpdate(): void {
    this.#resolved = this.#resolve();
  }

  override updated(): void {
    const { problem } = this.#resolved;
    if (problem && problem !== this.#warned) console.warn(`[seminar-agenda] <seminar-speaker-card> ${problem}`);
    this.#warned = problem;
  }

  override render() {
    const { speaker, appearances } = this.#resolved;
    if (!speaker) return nothing;
    const messages = this.uiMessages;
    const unnamed = !speaker.name;
    const moderator = appearances.some((appearance) => appearance.moderator);
    // The card sits in the content's language (the agenda's list is marked with it); UI words carry their own.
    const ui = this.uiLocale;
    return html`<article part="card" class="card ${speaker.tbc ? 'tbc' : ''}">
      ${this.#renderPortrait(speaker)}
      <div>
        <div part="name" class="name" role="heading" aria-level=${Math.min(this.headingLevel, 6)} lang=${unnamed ? ui : nothing}>
          ${unnamed ? messages.tbc : speaker.name}
        </div>
        ${moderator ? html`<p part="moderator" class="moderator" lang=${ui}>${messages.moderator}</p>` : nothing}
        ${speaker.tbc && !unnamed ? html`<p class="job-title" lang=${ui}>${messages.tbc}</p>` : nothing}
        ${speaker.jobTitle ? html`<p part="job-title" class="job-title">${speaker.jobTitle}</p>` : nothing}
        ${speaker.organization ? html`<p part="organization" class="organization">${speaker.organization}</p>` : nothing}
        ${speaker.tbc && appearances.length ? this.#renderAppearances(appearances, messages, ui) : nothing}
        <div part="bio" class="bio">
          ${speaker.bio.length ? renderRichText(speaker.bio, 'bio-text') : html`<slot></slot>`}
        </div>
        ${this.#renderLinks(speaker)}
      </div>
    </article>`;
  }

  /**
   * The speaker from the program by id, else from the attributes. An id that names nobody and no
   * attributes to fall back on leave nothing to show: a card reading "to be confirmed" would be a lie.
   */
  #resolve(): Resolved {
    const model = this.model ?? this.contextModel;
    const fromFeed = this.speakerId ? model?.speakers.find((s) => s.id === this.speakerId) : undefined;
    if (fromFeed) return { speaker: fromFeed, appearances: appearancesBySpeaker(model!).get(fromFeed.id) ?? [] };
    const standalone = this.name || this.jobTitle || this.organization || this.tbc;
    if (this.speakerId && !standalone) {
      // An agenda named by `for` may still be on its way: nothing to show yet, nothing to warn about.
      if (!model && this.htmlFor) return { appearances: [] };
      const missing = model
        ? 'names no speaker of the program'
        : 'needs an enclosing <seminar-agenda>, a for attribute or a model property';
      return {
        appearances: [],
        problem: `speaker-id="${this.speakerId}" ${missing}; give name, job-title and organization attributes to use the card alone.`,
      };
    }
    const speaker = {
      id: this.speakerId ?? '',
      name: this.name,
      jobTitle: this.jobTitle,
      organization: this.organization,
      photo: this.photo,
      tbc: this.tbc,
      bio: [],
      links: [],
      initials: initialsOf(this.name ?? this.organization),
    };
    return { speaker, appearances: [] };
  }

  /** Which sessions a speaker who is not yet confirmed is expected in, so the card is not a bare placeholder. */
  #renderAppearances(appearances: Appearance[], messages: Messages, ui: string) {
    return html`<p part="appearances" class="appearances">
      <span lang=${ui}>${messages.takesPartIn}</span> ${appearances.map(({ session }, index) => html`${index ? ', ' : ''}<span class="session-title" lang=${session.language ?? nothing}>${session.title}</span>`)}
    </p>`;
  }

  #renderPortrait(speaker: SpeakerModel) {
    if (!speaker.photo || this.failedPhoto === speaker.photo) {
      return html`<span part="portrait" class="portrait initials" aria-hidden="true">${speaker.tbc ? '?' : speaker.initials}</span>`;
    }
    return html`<img part="portrait" class="portrait" src=${speaker.photo} alt="" loading="lazy"
      referrerpolicy="no-referrer" @error=${() => (this.failedPhoto = speaker.photo)} />`;
  }

  #renderLinks(speaker: SpeakerModel) {
    if (!speaker.links.length) return nothing;
    return html`<ul part="links" class="links">
      ${speaker.links.map((link) => html`<li><a part="speaker-link" href=${link.url} rel="noopener noreferrer" target="_blank">${link.label}</a></li>`)}
    </ul>`;
  }
}

interface Resolved {
  speaker?: SpeakerModel;
  appearances: Appearance[];
  /** Why nothing is shown, for the console. */
  problem?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-speaker-card': SeminarSpeakerCard;
  }
}
