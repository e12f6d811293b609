import type { DBSchema } from 'idb';
import type { CategoryId } from '../core/categories';
import type { PitchPoint } from '../core/point';
import type { Profile } from '../core/profile';
import type { DraftKind, SavedDraft } from '../core/draft/saved-draft';
import type { OutcomeEntry } from '../core/outcome/outcome';
import type { RehearsalMark } from '../core/rehearsal/rehearsal';
import type { EmailKind, SavedEmail, TrialSettings } from '../core/outcome/saved-follow-up';

export const DB_NAME = 'remote-pitch';

/** The profile store holds a single record under this key. */
export const PROFILE_KEY = 'profile';

/** Single records kept beside the points, each under its own key: facts about the database, and the drafts being built. */
type MetaValues = {
  /**
   * Set once the starter library has been offered, so that deleting starter points, or
   * deleting all data, never brings them back without the user asking.
   */
  starterSeeded: boolean;
  /** The trial plan's settings (`storage/follow-ups.ts`). */
  trialPlan: TrialSettings;
} & {
  /** The drafts the popup builds (`storage/drafts.ts`); deleting all data deletes them too. */
  [K in DraftKey]: SavedDraft;
} & {
  /** The recap and review emails as the user edited them (`storage/follow-ups.ts`). */
  [K in `email:${EmailKind}`]: SavedEmail;
};

/** Where a draft of each kind is kept in the meta store. */
export type DraftKey = `draft:${DraftKind}`;
type MetaKey = keyof MetaValues;

export interface PitchDB extends DBSchema {
  points: {
    key: string;
    value: PitchPoint;
    indexes: { 'by-category': CategoryId; 'by-updatedAt': number };
  };
  profile: {
    key: typeof PROFILE_KEY;
    value: Profile;
  };
  meta: {
    key: MetaKey;
    value: MetaValues[MetaKey];
  };
  /** v2: the outcome log, one record per time the user asked. */
  outcomes: {
    key: string;
    value: OutcomeEntry;
  };
  /** v2: rehearsal progress, one record per objection answer, keyed by the point's id. */
  rehearsals: {
    key: string;
    value: RehearsalMark;
  };
}
