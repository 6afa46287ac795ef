import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { AgendaModel } from '../feed/model.js';
import type { Messages } from '../i18n/index.js';
import type { SeminarSpeakerOpenEvent } from '../events/seminar-speaker-open-event.js';
import type { SeminarSpeakerDirectory } from '../components/seminar-speaker-directory/seminar-speaker-directory.js';
import { useElement } from '../internal/element-on-use.js';
import { SPEAKER_CARD_EXPORTS, SPEAKER_DIRECTORY_EXPORTS } from '../internal/exported-parts.js';
import { usesDirectory } from '../internal/speakers.js';

const DIRECTORY = 'seminar-speaker-directory';

/** From this many top-level sessions on, a program gets skip links to the sections after it. */
const LONG_PROGRAM = 20;

/**
 * The agenda's speakers section and the ways into it: a card per speaker for a small program, the
 * directory (a chunk, built when it nears the screen) for a large one; skip links past a long
 * program; and the speaker's entry opened from their name in a session (`seminar-speaker-open`,
 * unless the page cancels it).
 */
export class SpeakersSection implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('seminar-speaker-open', this.#onOpen);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('seminar-speaker-open', this.#onOpen);
  }

  render(model: AgendaModel, messages: Messages) {
    if (!model.speakers.length) return nothing;
    const directory = usesDirectory(model.speakers);
    // The directory sits below a long program and builds when it comes near: its module can wait for an idle moment.
    useElement(directory ? DIRECTORY : 'seminar-speaker-card', directory ? 'idle' : 'now');
    return html`<section aria-labelledby="speakers-title">
      <h3 part="section-title" class="section-title" id="speakers-title">${messages.speakers}</h3>
      ${
        directory
          ? html`<seminar-speaker-directory part="speaker-directory" exportparts=${SPEAKER_DIRECTORY_EXPORTS} heading-level="4"></seminar-speaker-directory>`
          : html`<ul part="speakers" class="speakers" lang=${model.event.language}>
            ${model.speakers.map((s) => html`<li><seminar-speaker-card speaker-id=${s.id} exportparts=${SPEAKER_CARD_EXPORTS} heading-level="4"></seminar-speaker-card></li>`)}
          </ul>`
      }
    </section>`;
  }

  /** Links past a long program to the speakers and sponsors, shown when focused. */
  renderSkipLinks(model: AgendaModel, messages: Messages) {
    if (model.sessions.length < LONG_PROGRAM) return nothing;
    const targets: Array<[string, string]> = [];
    if (model.speakers.length) targets.push(['speakers-title', messages.skipToSpeakers]);
    if (model.sponsorTiers.length) targets.push(['sponsors-title', messages.skipToSponsors]);
    if (!targets.length) return nothing;
    return html`<p part="skip-links" class="skip-links">
      ${targets.map(([id, label]) => html`<a part="skip-link" class="skip-link" href="#${id}" @click=${this.#skip}>${label}</a>`)}
    </p>`;
  }

  /** Scrolls to a speaker's card or directory entry and focuses it; false when there is none. */
  async reveal(speakerId: string): Promise<boolean> {
    const root = this.host.renderRoot;
    if (root.querySelector(DIRECTORY)) {
      await customElements.whenDefined(DIRECTORY);
      return root.querySelector<SeminarSpeakerDirectory>(DIRECTORY)!.reveal(speakerId);
    }
    const card = root.querySelector<HTMLElement>(`seminar-speaker-card[speaker-id="${CSS.escape(speakerId)}"]`);
    if (!card) return false;
    focusTarget(card);
    return true;
  }

  // After the event has reached the page: a listener there may still cancel it.
  readonly #onOpen = (event: SeminarSpeakerOpenEvent) =>
    queueMicrotask(() => {
      if (!event.defaultPrevented) void this.reveal(event.detail.speakerId);
    });

  // The ids live in the shadow root, where the browser's own fragment navigation cannot see them.
  readonly #skip = (event: MouseEvent) => {
    event.preventDefault();
    const target = this.host.renderRoot.querySelector<HTMLElement>((event.currentTarget as HTMLAnchorElement).hash);
    if (target) focusTarget(target);
  };
}

/** Focusable for this purpose only, so clicks inside do not outline it. */
function focusTarget(target: HTMLElement): void {
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
