/** Sessionize speakers → feed speakers; the free-text tagLine is split only where the split is clear. */
import type { ProblemList } from '../problem.js';
import { list, nonEmpty, record, text } from './read.js';
import type { SpeakerEntry } from './types.js';

/** " at " and " @ " read unambiguously as role-at-organization; ", " only when it occurs once. */
const SEPARATORS = [/\s+(?:at|@)\s+/i, /,\s+/];

type Role = Pick<SpeakerEntry, 'jobTitle' | 'organization'>;

/**
 * "Engineering Manager at Culture Amp" → job title + organization. Anything less
 * clear stays whole as the job title, which is shown the same way.
 */
export function splitTagLine(tagLine: string | undefined, name: string | undefined): Role {
  if (!tagLine) return {};
  // "Ellie McGowan, Championing …": people repeat their own name first.
  const line = name && tagLine.startsWith(name) ? tagLine.slice(name.length).replace(/^[\s,:;–—-]+/, '') || tagLine : tagLine;
  for (const separator of SEPARATORS) {
    const parts = line.split(separator);
    if (parts.length === 2 && parts[0] && parts[1]) return { jobTitle: parts[0], organization: parts[1] };
    if (parts.length > 2) break;
  }
  return { jobTitle: line };
}

function links(value: unknown, path: string, problems: ProblemList) {
  return list(value).flatMap((item, index) => {
    const link = record(item);
    const url = text(link?.url);
    const label = text(link?.title) ?? text(link?.linkType) ?? url;
    if (url && label) return [{ label, url }];
    problems.warn(`${path}[${index}]`, 'has no url; left out');
    return [];
  });
}

export function mapSpeaker(value: unknown, path: string, problems: ProblemList): SpeakerEntry | undefined {
  const speaker = record(value);
  const id = text(speaker?.id);
  const name = text(speaker?.fullName) ?? ([text(speaker?.firstName), text(speaker?.lastName)].filter(Boolean).join(' ') || undefined);
  if (!speaker || !id || !name) {
    problems.warn(path, `has no ${id ? 'name' : 'id'}; left out`);
    return undefined;
  }
  return {
    id,
    name,
    ...splitTagLine(text(speaker.tagLine), name),
    bio: text(speaker.bio),
    photo: text(speaker.profilePicture),
    links: nonEmpty(links(speaker.links, `${path}.links`, problems)),
  };
}
