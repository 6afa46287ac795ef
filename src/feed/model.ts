import type { RichText } from './rich-text.js';
import type { EventInfo, Link, SessionKind, SessionStatus } from './schema.js';

/** The normalised program the elements render: ids resolved, times as instants, text split. */
export interface AgendaModel {
  event: EventModel;
  /** Top-level sessions in time order. */
  sessions: SessionModel[];
  /** Speakers in feed order. */
  speakers: SpeakerModel[];
  /** Sponsors grouped by tier, tiers and sponsors in feed order. */
  sponsorTiers: SponsorTier[];
}

export interface EventModel extends Omit<EventInfo, 'description' | 'language'> {
  /** Canonical BCP 47 tag of the content. */
  language: string;
  description: RichText;
  /** First start and last end of the program, epoch milliseconds. */
  start?: number;
  end?: number;
}

export interface SessionModel {
  id: string;
  kind: SessionKind;
  /** Set only when the session does not take place as planned. */
  status?: SessionStatus;
  title: string;
  description: RichText;
  questions: string[];
  /** Points of a session that is not a debate, shown as a plain list. */
  points: string[];
  speakers: SpeakerModel[];
  moderators: SpeakerModel[];
  /** Epoch milliseconds; children may have none. */
  start?: number;
  end?: number;
  room?: string;
  track?: string;
  /** Canonical BCP 47 tag, set only when the feed gives one; absent means the event's language. */
  language?: string;
  tags: string[];
  url?: string;
  sessions: SessionModel[];
}

export interface SpeakerModel {
  id: string;
  name?: string;
  jobTitle?: string;
  organization?: string;
  /** This appearance's wording, shown instead of job title and organization. */
  role?: string;
  bio: RichText;
  photo?: string;
  links: Link[];
  tbc: boolean;
  /** One or two letters shown when there is no photo. */
  initials: string;
}

export interface SponsorModel {
  id: string;
  name: string;
  url?: string;
  logo?: string;
  tier: string;
  description?: string;
}

export interface SponsorTier {
  tier: string;
  sponsors: SponsorModel[];
}
