import type { SessionKind } from '../feed/schema.js';

/** Every UI string; a locale supplies all of them. */
export interface Messages {
  loading: string;
  error: string;
  empty: string;
  program: string;
  speakers: string;
  sponsors: string;
  with: string;
  moderator: string;
  questions: string;
  tbc: string;
  kinds: Record<SessionKind, string>;
  /** Headings for well-known sponsor tiers; other tiers are shown as written. */
  tiers: Record<string, string>;
}
