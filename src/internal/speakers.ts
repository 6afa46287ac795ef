import type { SpeakerModel } from '../feed/model.js';
import { SeminarSpeakerOpenEvent } from '../events/seminar-speaker-open-event.js';

/**
 * Up to this many speakers the agenda shows a card for each under the program (the seminar's 12,
 * as designed). Beyond it, a wall of cards stops helping: 30 cards are ten rows at 1,280 px and
 * thirty screens on a phone, each card a shadow root and a portrait request. The program's
 * speakers then get the directory instead: compact, sorted, built when first shown.
 */
export const SPEAKER_CARD_LIMIT = 30;

/** Whether a program of this many speakers shows the directory rather than the cards. */
export function usesDirectory(speakers: readonly SpeakerModel[]): boolean {
  return speakers.length > SPEAKER_CARD_LIMIT;
}

/**
 * Click handler for a timeline: a press on a speaker's name in a session (a button with
 * `data-speaker`) asks for that speaker's entry. One listener on the host, not one per name, keeps
 * each session's template lean.
 */
export function openSpeakerOnClick(this: HTMLElement, event: Event): void {
  // A click's first target is always an element: text nodes are never the target.
  const button = (event.composedPath()[0] as Element).closest<HTMLElement>('[data-speaker]');
  if (button) this.dispatchEvent(new SeminarSpeakerOpenEvent({ speakerId: button.dataset['speaker']! }));
}
