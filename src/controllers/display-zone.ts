import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import { timeZoneContext } from '../context/time-zone-context.js';
import { SeminarTimeZoneChangeEvent } from '../events/seminar-time-zone-change-event.js';
import { formatZoneName, type Messages } from '../i18n/index.js';
import { displayZone, localTimeZone, type TimeZoneChoice } from '../i18n/time-zone.js';
import { readStored, writeStored } from '../internal/storage.js';

/** One key for every agenda: a visitor who wants local times wants them for every event. */
const STORAGE_KEY = 'seminar-agenda:time-zone';

/**
 * Decides the zone an agenda shows times in (the visitor's remembered choice,
 * else the `time-zone` attribute, else the event's zone), provides it to the
 * elements inside and renders the zone's name with the event/local toggle; the host fires
 * seminar-time-zone-change when the visitor switches.
 */
export class DisplayZoneController implements ReactiveController {
  readonly #provider: ContextProvider<typeof timeZoneContext>;
  #visitorChoice = readStored(STORAGE_KEY);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => { choice?: TimeZoneChoice; eventZone?: string },
  ) {
    host.addController(this);
    this.#provider = new ContextProvider(host, { context: timeZoneContext });
  }

  /** The display zone, once the event's zone is known. */
  get timeZone(): string | undefined {
    const { choice, eventZone } = this.source();
    // A server render (seminar-agenda/ssr) cannot know the visitor's zone: it shows the event's, named.
    return eventZone && displayZone(this.#visitorChoice ?? (isServer && choice === 'local' ? 'event' : choice), eventZone);
  }

  hostUpdate(): void {
    this.#provider.setValue(this.timeZone);
  }

  /** The zone's name when it is not the visitor's own, and the toggle; nothing when there is nothing to switch. */
  render(messages: Messages, locale: string, instant: number) {
    const zone = this.timeZone;
    const { eventZone } = this.source();
    const local = isServer ? undefined : localTimeZone();
    if (!zone || (zone === local && zone === eventZone)) return nothing;
    return html`<p part="time-zone" class="time-zone">
      ${zone === local ? nothing : html`<span>${messages.timeZone}: ${formatZoneName(instant, locale, zone)}</span>`}
      ${
        isServer
          ? nothing
          : html`<button part="time-zone-toggle" type="button" @click=${this.#toggle}>
              ${zone === local ? messages.showEventTime : messages.showLocalTime}
            </button>`
      }
    </p>`;
  }

  readonly #toggle = () => {
    this.#visitorChoice = this.timeZone === localTimeZone() ? 'event' : 'local';
    writeStored(STORAGE_KEY, this.#visitorChoice);
    this.host.requestUpdate();
    this.host.dispatchEvent(new SeminarTimeZoneChangeEvent({ timeZone: this.timeZone! }));
  };
}
