import { DEFAULTS, type Feed, type SessionInput, type SpeakerInput, type SpeakerRef, type SponsorInput } from './schema.js';
import type { AgendaModel, SessionModel, SpeakerModel, SponsorModel, SponsorTier } from './model.js';
import { feedZone } from './checks.js';
import type { ProblemList } from './problem.js';
import { parseRichText, type RichText } from './rich-text.js';
import { initialsOf } from './text.js';
import { isFeedTime, toInstant } from './time.js';
import { safeUrl } from './urls.js';

interface Scope {
  problems: ProblemList;
  timeZone: string;
  base: string | undefined;
  speakers: Map<string, SpeakerModel>;
}

/** Markdown links pass the same URL policy as every other URL in the feed. */
function richText(text: string | undefined, path: string, scope: Scope): RichText {
  return parseRichText(text, (url) => safeUrl(url, `${path} (link ${url.slice(0, 80)})`, scope.problems, scope.base));
}

function normaliseSpeaker(input: SpeakerInput, path: string, scope: Scope): SpeakerModel {
  const links = (input.links ?? []).flatMap((link, index) => {
    const url = safeUrl(link.url, `${path}.links[${index}].url`, scope.problems, scope.base);
    return url ? [{ label: link.label, url }] : [];
  });
  return {
    id: input.id,
    name: input.name,
    jobTitle: input.jobTitle,
    organization: input.organization,
    bio: richText(input.bio, `${path}.bio`, scope),
    photo: safeUrl(input.photo, `${path}.photo`, scope.problems, scope.base),
    links,
    tbc: input.tbc ?? DEFAULTS.speaker.tbc,
    initials: initialsOf(input.name ?? input.organization),
  };
}

/** A reference with its own wording becomes a copy of the speaker for this one appearance. */
function resolveSpeakers(refs: Array<string | SpeakerRef> | undefined, path: string, scope: Scope): SpeakerModel[] {
  return (refs ?? []).flatMap((ref, index) => {
    const { id, role } = typeof ref === 'string' ? { id: ref, role: undefined } : ref;
    const speaker = scope.speakers.get(id);
    if (!speaker) scope.problems.warn(`${path}[${index}]`, `no speaker has id "${id}"; left out`);
    return speaker ? [role ? { ...speaker, role } : speaker] : [];
  });
}

/** A time of the wrong form has been reported by checks.ts; the model leaves it out. */
function instant(value: string | undefined, scope: Scope): number | undefined {
  return value !== undefined && isFeedTime(value) ? toInstant(value, scope.timeZone) : undefined;
}

function byStart(sessions: SessionModel[]): SessionModel[] {
  if (sessions.some((session) => session.start === undefined)) return sessions;
  return [...sessions].sort((a, b) => a.start! - b.start! || (a.end ?? 0) - (b.end ?? 0));
}

function warnOutsideParent(child: SessionModel, parent: SessionModel, path: string, problems: ProblemList): void {
  const before = child.start !== undefined && parent.start !== undefined && child.start < parent.start;
  const after = child.end !== undefined && parent.end !== undefined && child.end > parent.end;
  if (before || after) problems.warn(path, `lies outside its parent session "${parent.id}"`);
}

function normaliseSession(input: SessionInput, path: string, scope: Scope): SessionModel {
  const session: SessionModel = {
    id: input.id,
    kind: input.kind ?? DEFAULTS.session.kind,
    status: input.status,
    title: input.title,
    description: richText(input.description, `${path}.description`, scope),
    questions: input.questions ?? [],
    points: input.points ?? [],
    speakers: resolveSpeakers(input.speakers, `${path}.speakers`, scope),
    moderators: resolveSpeakers(input.moderators, `${path}.moderators`, scope),
    start: instant(input.start, scope),
    end: instant(input.end, scope),
    room: input.room,
    track: input.track,
    language: canonicalLanguage(input.language, `${path}.language`, scope.problems, 'left out'),
    tags: input.tags ?? [],
    url: safeUrl(input.url, `${path}.url`, scope.problems, scope.base),
    sessions: [],
  };
  const children = (input.sessions ?? []).map((child, index) => {
    const childPath = `${path}.sessions[${index}]`;
    const model = normaliseSession(child, childPath, scope);
    warnOutsideParent(model, session, childPath, scope.problems);
    return model;
  });
  session.sessions = byStart(children);
  return session;
}

/** Also used for sponsors from a separate list (sponsor-list.ts), so they pass the same URL policy. */
export function normaliseSponsor(input: SponsorInput, path: string, problems: ProblemList, base: string | undefined): SponsorModel {
  return {
    ...input,
    tier: input.tier ?? DEFAULTS.sponsor.tier,
    url: safeUrl(input.url, `${path}.url`, problems, base),
    logo: safeUrl(input.logo, `${path}.logo`, problems, base),
  };
}

export function groupByTier(sponsors: SponsorModel[]): SponsorTier[] {
  const tiers = new Map<string, SponsorModel[]>();
  for (const sponsor of sponsors) tiers.set(sponsor.tier, [...(tiers.get(sponsor.tier) ?? []), sponsor]);
  return [...tiers].map(([tier, members]) => ({ tier, sponsors: members }));
}

/** The canonical form of a BCP 47 tag; an invalid one is reported at `path` with what happens `instead`. */
function canonicalLanguage(language: string | undefined, path: string, problems: ProblemList, instead: string): string | undefined {
  try {
    return language === undefined ? undefined : Intl.getCanonicalLocales(language)[0];
  } catch {
    problems.warn(path, `"${language}" is not a BCP 47 language tag; ${instead}`);
    return undefined;
  }
}

/**
 * Builds the model from a validated feed (checks.ts has already reported its cross-field
 * errors), warning about what only loses a detail: unknown speaker ids, refused URLs,
 * children outside their parent's time, an invalid language tag.
 */
export function normaliseFeed(feed: Feed, problems: ProblemList, baseUrl?: string): AgendaModel {
  const { event } = feed;
  const scope: Scope = { problems, timeZone: feedZone(event.timeZone), base: baseUrl, speakers: new Map() };
  const speakers = (feed.speakers ?? DEFAULTS.feed.speakers).map((speaker, index) =>
    normaliseSpeaker(speaker, `speakers[${index}]`, scope),
  );
  for (const speaker of speakers) if (!scope.speakers.has(speaker.id)) scope.speakers.set(speaker.id, speaker);
  const sessions = byStart(feed.sessions.map((session, index) => normaliseSession(session, `sessions[${index}]`, scope)));
  const sponsors = (feed.sponsors ?? DEFAULTS.feed.sponsors).map((sponsor, index) =>
    normaliseSponsor(sponsor, `sponsors[${index}]`, problems, baseUrl),
  );
  return {
    event: {
      ...event,
      language: canonicalLanguage(event.language, 'event.language', problems, 'using "en"') ?? 'en',
      description: richText(event.description, 'event.description', scope),
      url: safeUrl(event.url, 'event.url', problems, baseUrl),
      registrationUrl: safeUrl(event.registrationUrl, 'event.registrationUrl', problems, baseUrl),
      venue: event.venue && { ...event.venue, url: safeUrl(event.venue.url, 'event.venue.url', problems, baseUrl) },
      start: sessions.length ? Math.min(...sessions.map((s) => s.start ?? Infinity)) : undefined,
      end: sessions.length ? Math.max(...sessions.map((s) => s.end ?? -Infinity)) : undefined,
    },
    sessions,
    speakers,
    sponsorTiers: groupByTier(sponsors),
  };
}
