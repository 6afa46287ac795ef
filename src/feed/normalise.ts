import type { Feed, SessionInput, SpeakerInput, SponsorInput } from './schema.js';
import type { AgendaModel, SessionModel, SpeakerModel, SponsorModel, SponsorTier } from './model.js';
import { ProblemList } from './problem.js';
import { parseRichText, type RichText } from './rich-text.js';
import { initialsOf } from './text.js';
import { isTimeZone, toInstant } from './time.js';
import { safeUrl } from './urls.js';

interface Scope {
  problems: ProblemList;
  timeZone: string;
  base: string | undefined;
  speakers: Map<string, SpeakerModel>;
  sessionIds: Map<string, string>;
}

/** Records the first path of each id and reports later duplicates as errors. */
function claimId(ids: Map<string, string>, id: string, path: string, problems: ProblemList): void {
  const first = ids.get(id);
  if (first !== undefined) problems.error(`${path}.id`, `duplicate id "${id}" (first used at ${first})`);
  else ids.set(id, `${path}.id`);
}

function clockOf(value: string): string {
  return value.slice(11, 16);
}

/** Markdown links pass the same URL policy as every other URL in the feed. */
function richText(text: string | undefined, path: string, scope: Scope): RichText {
  return parseRichText(text, (url) => safeUrl(url, `${path} (link ${url.slice(0, 80)})`, scope.problems, scope.base));
}

function normaliseSpeaker(input: SpeakerInput, path: string, scope: Scope): SpeakerModel {
  if (!input.name && !input.tbc) scope.problems.error(`${path}.name`, 'is required unless tbc is true');
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
    tbc: input.tbc,
    initials: initialsOf(input.name ?? input.organization),
  };
}

function resolveSpeakers(ids: string[] | undefined, path: string, scope: Scope): SpeakerModel[] {
  return (ids ?? []).flatMap((id, index) => {
    const speaker = scope.speakers.get(id);
    if (!speaker) scope.problems.warn(`${path}[${index}]`, `no speaker has id "${id}"; left out`);
    return speaker ? [speaker] : [];
  });
}

function sessionTimes(input: SessionInput, path: string, topLevel: boolean, scope: Scope) {
  const { problems, timeZone } = scope;
  if (topLevel) {
    if (input.start === undefined) problems.error(`${path}.start`, 'is required for a top-level session');
    if (input.end === undefined) problems.error(`${path}.end`, 'is required for a top-level session');
  }
  const start = input.start === undefined ? undefined : toInstant(input.start, timeZone);
  const end = input.end === undefined ? undefined : toInstant(input.end, timeZone);
  if (start !== undefined && end !== undefined && end <= start) {
    problems.error(`${path}.end`, `must be after start (${clockOf(input.end!)} < ${clockOf(input.start!)})`);
  }
  return { start, end };
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

function normaliseSession(input: SessionInput, path: string, topLevel: boolean, scope: Scope): SessionModel {
  claimId(scope.sessionIds, input.id, path, scope.problems);
  const session: SessionModel = {
    id: input.id,
    kind: input.kind ?? 'talk',
    title: input.title,
    description: richText(input.description, `${path}.description`, scope),
    questions: input.questions ?? [],
    points: [],
    speakers: resolveSpeakers(input.speakers, `${path}.speakers`, scope),
    moderators: resolveSpeakers(input.moderators, `${path}.moderators`, scope),
    ...sessionTimes(input, path, topLevel, scope),
    room: input.room,
    track: input.track,
    tags: input.tags ?? [],
    url: safeUrl(input.url, `${path}.url`, scope.problems, scope.base),
    sessions: [],
  };
  const children = (input.sessions ?? []).map((child, index) => {
    const childPath = `${path}.sessions[${index}]`;
    const model = normaliseSession(child, childPath, false, scope);
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
    url: safeUrl(input.url, `${path}.url`, problems, base),
    logo: safeUrl(input.logo, `${path}.logo`, problems, base),
  };
}

export function groupByTier(sponsors: SponsorModel[]): SponsorTier[] {
  const tiers = new Map<string, SponsorModel[]>();
  for (const sponsor of sponsors) tiers.set(sponsor.tier, [...(tiers.get(sponsor.tier) ?? []), sponsor]);
  return [...tiers].map(([tier, members]) => ({ tier, sponsors: members }));
}

function canonicalLanguage(language: string | undefined, problems: ProblemList): string {
  try {
    return Intl.getCanonicalLocales(language ?? 'en')[0] ?? 'en';
  } catch {
    problems.warn('event.language', `"${language}" is not a BCP 47 language tag; using "en"`);
    return 'en';
  }
}

function uniqueIds<T extends { id: string }>(items: T[], section: string, problems: ProblemList): void {
  const ids = new Map<string, string>();
  items.forEach((item, index) => claimId(ids, item.id, `${section}[${index}]`, problems));
}

/**
 * Checks what the schema cannot (ids, references, time order, zone, URLs) and
 * builds the model. Errors make the feed unshowable; warnings lose one detail.
 */
export function normaliseFeed(feed: Feed, baseUrl?: string): { model: AgendaModel; problems: ProblemList } {
  const problems = new ProblemList();
  const { event } = feed;
  if (!isTimeZone(event.timeZone)) problems.error('event.timeZone', `"${event.timeZone}" is not a known IANA time zone`);
  const scope: Scope = {
    problems,
    timeZone: isTimeZone(event.timeZone) ? event.timeZone : 'UTC',
    base: baseUrl,
    speakers: new Map(),
    sessionIds: new Map(),
  };
  uniqueIds(feed.speakers, 'speakers', problems);
  uniqueIds(feed.sponsors, 'sponsors', problems);
  const speakers = feed.speakers.map((speaker, index) => normaliseSpeaker(speaker, `speakers[${index}]`, scope));
  for (const speaker of speakers) if (!scope.speakers.has(speaker.id)) scope.speakers.set(speaker.id, speaker);
  const sessions = byStart(feed.sessions.map((session, index) => normaliseSession(session, `sessions[${index}]`, true, scope)));
  const sponsors = feed.sponsors.map((sponsor, index) => normaliseSponsor(sponsor, `sponsors[${index}]`, problems, baseUrl));
  const model: AgendaModel = {
    event: {
      ...event,
      language: canonicalLanguage(event.language, problems),
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
  return { model, problems };
}
