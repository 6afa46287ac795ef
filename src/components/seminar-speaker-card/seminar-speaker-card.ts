import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SpeakerModel } from '../../feed/model.js';
import { initialsOf } from '../../feed/text.js';
import { renderRichText } from '../../internal/rich-text.js';
import { ProgramElement } from '../../internal/program-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { speakerCardStyles } from './seminar-speaker-card.styles.js';

/**
 * A speaker: portrait (or initials), name, job title, organization, bio and links.
 * Reads the speaker from the enclosing agenda by `speaker-id`, or stands alone from attributes.
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
 * @csspart bio - The bio.
 * @csspart links - The list of links.
 * @csspart link - One link.
 */
export class SeminarSpeakerCard extends ProgramElement {
  static override styles = [sharedStyles, speakerCardStyles];

  /** A photo that failed to load; initials stand in for it. */
  @state() private failedPhoto?: string;

  /** Id of a speaker in the enclosing agenda's feed; takes precedence over the attributes below. */
  @property({ attribute: 'speaker-id' }) speakerId?: string;

  /** Full name, when standing alone. */
  @property() name?: string;

  /** Job title or role, when standing alone. */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /** Organization, when standing alone. */
  @property() organization?: string;

  /** Portrait URL, when standing alone. */
  @property() photo?: string;

  /** Marks the speaker as not yet confirmed. */
  @property({ type: Boolean }) tbc = false;

  /** Heading level (1–6) of the name. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private get speaker(): SpeakerModel {
    const fromFeed = this.speakerId ? this.contextModel?.speakers.find((s) => s.id === this.speakerId) : undefined;
    return fromFeed ?? {
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
  }

  override render() {
    const speaker = this.speaker;
    const messages = this.uiMessages;
    const unnamed = !speaker.name;
    return html`<article part="card" class="card ${speaker.tbc ? 'tbc' : ''}">
      ${this.renderPortrait(speaker)}
      <div>
        <div part="name" class="name" role="heading" aria-level=${Math.min(this.headingLevel, 6)}>
          ${unnamed ? messages.tbc : speaker.name}
        </div>
        ${speaker.tbc && !unnamed ? html`<p class="job-title">${messages.tbc}</p>` : nothing}
        ${speaker.jobTitle ? html`<p part="job-title" class="job-title">${speaker.jobTitle}</p>` : nothing}
        ${speaker.organization ? html`<p part="organization" class="organization">${speaker.organization}</p>` : nothing}
        <div part="bio" class="bio">
          ${speaker.bio.length ? renderRichText(speaker.bio, 'bio-text') : html`<slot></slot>`}
        </div>
        ${this.renderLinks(speaker)}
      </div>
    </article>`;
  }

  private renderPortrait(speaker: SpeakerModel) {
    if (!speaker.photo || this.failedPhoto === speaker.photo) {
      return html`<span part="portrait" class="portrait initials" aria-hidden="true">${speaker.initials}</span>`;
    }
    return html`<img part="portrait" class="portrait" src=${speaker.photo} alt="" loading="lazy"
      referrerpolicy="no-referrer" @error=${() => (this.failedPhoto = speaker.photo)} />`;
  }

  private renderLinks(speaker: SpeakerModel) {
    if (!speaker.links.length) return nothing;
    return html`<ul part="links" class="links">
      ${speaker.links.map((link) => html`<li><a part="link" href=${link.url} rel="noopener noreferrer" target="_blank">${link.label}</a></li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-speaker-card': SeminarSpeakerCard;
  }
}
