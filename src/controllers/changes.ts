import { html, nothing, type ReactiveControllerHost } from 'lit';
import { agendaChangesStyles } from '../components/seminar-agenda/seminar-agenda-changes.styles.js';
import { changeCount, diffProgram, NO_CHANGES, readSnapshot, snapshotOf, type ProgramSnapshot } from '../feed/changes.js';
import type { AgendaModel, SessionModel } from '../feed/model.js';
import { changeMessagesFor } from '../i18n/change-messages.js';
import { formatDateTime } from '../i18n/index.js';
import { renderChangeItem, renderMark, renderRemovedItem, type ChangeView } from '../internal/change-templates.js';
import { whenIdle } from '../internal/idle.js';
import type { View } from '../internal/session-templates.js';
import { eventStorageKey, readStored, writeStored } from '../internal/storage.js';
import { addStyles } from '../internal/add-styles.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a timeline asks for each session it renders; set by `<seminar-agenda>`. */
export interface ChangeMarks {
  mark(session: SessionModel, view: View): unknown;
}

const withStrings = (view: View): ChangeView => ({ ...view, changeMessages: changeMessagesFor(view.locale, view.messages.changes) });

/** Every session, nested ones after their parent, by id. */
function byId(sessions: SessionModel[], into = new Map<string, SessionModel>()): Map<string, SessionModel> {
  for (const session of sessions) byId(session.sessions, into.set(session.id, session));
  return into;
}

/**
 * What changed since the visitor's last visit: compares each program shown with the one seen
 * before (kept per event in localStorage unless `store` is off), marks the changed sessions,
 * summarises them in one line with a link to each, and tells screen readers politely when a
 * refresh brings changes. A first visit marks nothing and only keeps what it saw, once idle.
 * Loaded by changes-on-use.ts.
 */
export class ChangeTracker {
  /** A new object whenever the changes do, so the timeline renders again. */
  marks: ChangeMarks = { mark: () => nothing };
  #key?: string;
  /** The program of the last visit, or the first one of this visit when there was none. */
  #baseline?: ProgramSnapshot;
  /** The program shown last in this visit; a refresh is compared with it for the announcement. */
  #shown?: ProgramSnapshot;
  #changes = NO_CHANGES;
  #sessions = new Map<string, SessionModel>();
  #dismissed = false;
  /** How many changes the last refresh brought, said in the live region. */
  #announced?: number;

  constructor(private readonly host: Host) {
    addStyles(host, agendaChangesStyles);
  }

  /** Takes in a program the host now shows. */
  seen(model: AgendaModel, store: boolean): void {
    const key = eventStorageKey('seen', model.event.title);
    const snapshot = snapshotOf(model, Date.now());
    if (key !== this.#key) {
      this.#key = key;
      this.#baseline = (store && readSnapshot(readStored(key))) || snapshot;
      this.#shown = undefined;
      this.#dismissed = false;
    }
    const fresh = this.#shown ? changeCount(diffProgram(this.#shown, model)) : 0;
    this.#shown = snapshot;
    this.#changes = diffProgram(this.#baseline!, model);
    this.#sessions = byId(model.sessions);
    const changes = this.#changes.sessions;
    this.marks = { mark: (session, view) => renderMark(changes.get(session.id), session, withStrings(view)) };
    if (fresh) void this.#announce(fresh);
    if (store) whenIdle(() => writeStored(key, JSON.stringify(snapshot)));
    this.host.requestUpdate();
  }

  /** The summary line with its list, or nothing; and the live region for refreshes, always. */
  renderSummary(view: View) {
    const strings = withStrings(view);
    const announced = this.#announced;
    const live = html`<p class="visually-hidden" role="status">${announced ? strings.changeMessages.refreshed(announced) : nothing}</p>`;
    const count = changeCount(this.#changes);
    if (!count || this.#dismissed) return live;
    const when = formatDateTime(this.#baseline!.seenAt, view.locale, view.timeZone);
    const items = [...this.#changes.sessions].map(([id, change]) => renderChangeItem(change, this.#sessions.get(id)!, strings));
    return html`<div part="changes" class="changes">
        <details>
          <summary>${strings.changeMessages.summary(count, when)}</summary>
          <ul>${items}${this.#changes.removed.map((session) => renderRemovedItem(session, strings))}</ul>
        </details>
        <button part="changes-dismiss" type="button" @click=${this.#dismiss}>${strings.changeMessages.dismiss}</button>
      </div>
      ${live}`;
  }

  /** The button goes with the summary, so focus moves to the program's heading rather than be lost. */
  readonly #dismiss = async () => {
    this.#dismissed = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const heading = this.host.shadowRoot!.getElementById('program-title');
    if (heading) heading.tabIndex = -1;
    heading?.focus();
  };

  /** Emptied first, so that the same words said again are announced again. */
  async #announce(count: number): Promise<void> {
    this.#dismissed = false;
    this.#announced = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#announced = count;
    this.host.requestUpdate();
  }
}
