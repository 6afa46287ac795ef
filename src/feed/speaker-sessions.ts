import type { AgendaModel, SessionModel } from './model.js';

/** One session a speaker takes part in, and whether as its moderator. */
export interface Appearance {
  session: SessionModel;
  moderator: boolean;
}

const cache = new WeakMap<AgendaModel, ReadonlyMap<string, Appearance[]>>();

/**
 * The sessions each speaker appears in, by speaker id, in program order (nested sessions after
 * their parent). Built once per model and cached, so every speaker card of a program shares one
 * walk over the sessions instead of each walking them all.
 */
export function appearancesBySpeaker(model: AgendaModel): ReadonlyMap<string, Appearance[]> {
  let appearances = cache.get(model);
  if (!appearances) {
    appearances = collect(model.sessions, new Map());
    cache.set(model, appearances);
  }
  return appearances;
}

function collect(sessions: SessionModel[], into: Map<string, Appearance[]>): Map<string, Appearance[]> {
  for (const session of sessions) {
    const people = [
      ...session.moderators.map((speaker) => ({ speaker, moderator: true })),
      ...session.speakers.map((speaker) => ({ speaker, moderator: false })),
    ];
    for (const { speaker, moderator } of people) {
      const list = into.get(speaker.id) ?? [];
      // A speaker named twice in one session (moderator and panelist) appears once, as moderator.
      if (!list.some((appearance) => appearance.session === session)) list.push({ session, moderator });
      into.set(speaker.id, list);
    }
    collect(session.sessions, into);
  }
  return into;
}
