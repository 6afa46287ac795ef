import type { SessionModel } from '../feed/model.js';
import type { Messages } from '../i18n/index.js';

/** Case- and accent-free, so "Pause" matches "pause" and "Paneldebat" matches "PANELDEBAT:". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

/**
 * The kind label worth showing, or undefined: none for a kind the messages do not name (talks,
 * other items and pauses by default), and none when the title already says it ("Paneldebat: …"
 * with kind panel).
 */
export function kindLabel(session: SessionModel, messages: Messages): string | undefined {
  const label = messages.kinds[session.kind];
  return label && !fold(session.title).startsWith(fold(label)) ? label : undefined;
}

/** How many track colours the theme offers (`--seminar-track-color-1` to `-8`). */
export const TRACK_COLOURS = 8;

const slotsByProgram = new WeakMap<SessionModel[], Map<string, number>>();

/**
 * Each track's colour slot (1 to TRACK_COLOURS) by its first appearance in the program, so a
 * track keeps its colour on every day. Cached per program: a render asks once per session.
 */
export function trackSlot(sessions: SessionModel[], track: string): number {
  let slots = slotsByProgram.get(sessions);
  if (!slots) {
    slots = new Map();
    const visit = (list: SessionModel[]): void =>
      list.forEach((session) => {
        if (session.track && !slots!.has(session.track)) slots!.set(session.track, (slots!.size % TRACK_COLOURS) + 1);
        visit(session.sessions);
      });
    visit(sessions);
    slotsByProgram.set(sessions, slots);
  }
  return slots.get(track) ?? 1;
}
