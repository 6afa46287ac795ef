import type { SpeakerModel } from '../feed/model.js';

/**
 * Speakers in the content language's collation, by the name as given (feeds carry no family
 * name order); speakers awaiting confirmation without a name come last, in feed order.
 */
export function sortSpeakers(speakers: readonly SpeakerModel[], language: string): SpeakerModel[] {
  const { compare } = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const named = speakers.filter((speaker) => speaker.name);
  return [...named.sort((a, b) => compare(a.name!, b.name!)), ...speakers.filter((speaker) => !speaker.name)];
}
