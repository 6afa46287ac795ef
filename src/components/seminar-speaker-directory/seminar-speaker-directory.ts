import { html, nothing } from 'lit';
import type { AgendaModel, SpeakerModel } from '../../feed/model.js';
import { appearancesBySpeaker, type Appearance } from '../../feed/speaker-sessions.js';
import type { Messages } from '../../i18n/index.js';
import { whenIdle } from '../../internal/idle.js';
import { renderRichText } from '../../internal/rich-text.js';
import { ProgramElement } from '../../internal/program-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { sortSpeakers } from '../../internal/speaker-order.js';
import { speakerDirectoryStyles } from './seminar-speaker-directory.styles.js';

/**
 * Every speaker of a program once, sorted by name in the collation of the program's language, each
 * with job title and organization, the sessions they take part in (links into the program) and
 * their bio and links behind a disclosure. The agenda shows it instead of speaker cards when a
 * program has many speakers. The list is built when it first comes near the viewport, when a
 * speaker is revealed or when the page is printed, so hundreds of speakers cost nothing before.
 *
 * @tagname seminar-speaker-directory
 * @summary The program's speakers as a sorted list, for events with many speakers.
 *
 * @csspart count - The line that says how many speakers are listed.
 * @csspart directory - The list of speakers.
 * @csspart entry - One speaker.
 * @csspart entry-name - The speaker's name, or "to be confirmed".
 * @csspart entry-details - Job title and organization.
 * @csspart entry-sessions - The list of the speaker's sessions.
 * @csspart entry-session - A link to one of those sessions in the program.
 * @csspart bio-toggle - The button that shows and hides the bio and links.
 * @csspart entry-bio - The bio, shown on demand.
 * @csspart entry-links - The speaker's links, shown with the bio.
 */
export class SeminarSpeakerDirectory extends ProgramElement {
  static override styles = [sharedStyles, speakerDirectoryStyles];

  static override get properties() {
    return {
      built: { state: true, attribute: false },
      opened: { state: true, attribute: false },
      model: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  /** Whether the list is built: it came near the viewport, a speaker was revealed or the page is printed. */
  private built = false;

  /** Speakers whose bio the visitor opened. */
  private opened = new Set<string>();

  /** The program whose speakers are listed; when unset, the enclosing `<seminar-agenda>`'s. */
  model?: AgendaModel;

  /** Heading level (1–6) of the speakers' names. */
  headingLevel = 3;

  /** The sorted list and the program and language it was sorted for. */
  #sorted?: { program: AgendaModel; language: string; speakers: SpeakerModel[] };

  // A screen ahead, so the list is there before the visitor scrolls to it; built when the browser is
  // idle, as the list often comes near when a filter empties the program, and that frame comes first.
  readonly #nearby = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && whenIdle(this.#build), {
    rootMargin: '100% 0px',
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#nearby.observe(this);
    window.addEventListener('beforeprint', this.#build);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#nearby.disconnect();
    window.removeEventListener('beforeprint', this.#build);
  }

  override render() {
    const program = this.model ?? this.contextModel;
    if (!program) return nothing;
    const messages = this.uiMessages;
    const count = html`<p part="count" class="count" lang=${this.uiLocale}>${messages.speakerCount(program.speakers.length)}</p>`;
    if (!this.built) return count;
    const appearances = appearancesBySpeaker(program);
    return html`${count}
      <ul part="directory" class="directory" lang=${program.event.language}>
        ${this.#sortedSpeakers(program).map((speaker) => this.#renderEntry(speaker, appearances.get(speaker.id) ?? [], messages))}
      </ul>`;
  }

  #renderEntry(speaker: SpeakerModel, appearances: Appearance[], messages: Messages) {
    const details = [speaker.jobTitle, speaker.organization].filter(Boolean).join(', ');
    const unnamed = !speaker.name;
    return html`<li part="entry" class="entry ${speaker.tbc ? 'tbc' : ''}">
      <div part="entry-name" class="name" role="heading" aria-level=${Math.min(this.headingLevel, 6)} id=${speaker.id} tabindex="-1"
        lang=${unnamed ? this.uiLocale : nothing}>${unnamed ? messages.tbc : speaker.name}${
          speaker.tbc && !unnamed ? html`<span class="note" lang=${this.uiLocale}>(${messages.tbc})</span>` : nothing
        }</div>
      ${details ? html`<p part="entry-details" class="details">${details}</p>` : nothing}
      ${appearances.length ? this.#renderSessions(appearances, messages) : nothing}
      ${speaker.bio.length || speaker.links.length ? this.#renderBio(speaker, messages) : nothing}
    </li>`;
  }

  /** The speaker's sessions as links to their anchors, which the timeline follows. */
  #renderSessions(appearances: Appearance[], messages: Messages) {
    return html`<ul part="entry-sessions" class="sessions">
      ${appearances.map(
        ({ session, moderator }) =>
          html`<li><a part="entry-session" href="#${session.id}" lang=${session.language ?? nothing}>${session.title}</a>${
            moderator ? html`<span class="note" lang=${this.uiLocale}>(${messages.moderator})</span>` : nothing
          }</li>`,
      )}
    </ul>`;
  }

  /** A disclosure: the bio and links are built only once the visitor opens them. */
  #renderBio(speaker: SpeakerModel, messages: Messages) {
    const open = this.opened.has(speaker.id);
    const panel = `${speaker.id}--bio`;
    return html`<button part="bio-toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel}
        aria-describedby=${speaker.id} @click=${() => this.#toggle(speaker.id)}>${messages.bio}</button>
      <div class="bio" id=${panel} ?hidden=${!open}>${
        open
          ? html`${renderRichText(speaker.bio, 'entry-bio')}${
              speaker.links.length
                ? html`<ul part="entry-links" class="links">${speaker.links.map(
                    (link) => html`<li><a href=${link.url} rel="noopener noreferrer" target="_blank">${link.label}</a></li>`,
                  )}</ul>`
                : nothing
            }`
          : nothing
      }</div>`;
  }

  #sortedSpeakers(program: AgendaModel): SpeakerModel[] {
    const language = program.event.language;
    if (this.#sorted?.program !== program || this.#sorted.language !== language) {
      this.#sorted = { program, language, speakers: sortSpeakers(program.speakers, language) };
    }
    return this.#sorted.speakers;
  }

  readonly #build = () => {
    this.built = true;
    this.#nearby.disconnect();
  };

  #toggle(id: string): void {
    const opened = new Set(this.opened);
    if (!opened.delete(id)) opened.add(id);
    this.opened = opened;
  }

  /**
   * Builds the list if it is not yet, scrolls to the speaker's entry and focuses its name;
   * false when the program has no such speaker.
   */
  async reveal(speakerId: string): Promise<boolean> {
    this.#build();
    await this.updateComplete;
    const target = this.shadowRoot?.getElementById(speakerId);
    if (!target) return false;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-speaker-directory': SeminarSpeakerDirectory;
  }
}
