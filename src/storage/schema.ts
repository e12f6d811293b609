import type { DBSchema } from 'idb';
import type { CategoryId } from '../core/categories';
import type { ImportPlan } from '../core/import-plan';
import type { PitchPoint } from '../core/point';
import type { Profile } from '../core/profile';
import type { SyncRecord } from '../core/sync/record';
import type { DraftKind, SavedDraft } from '../core/draft/saved-draft';
import type { OutcomeEntry } from '../core/outcome/outcome';
import type { RehearsalMark } from '../core/rehearsal/rehearsal';
import type { EmailKind, SavedEmail, TrialSettings } from '../core/outcome/saved-follow-up';

export const DB_NAME = 'remote-pitch';

/** The profile store holds a single record under this key. */
export const PROFILE_KEY = 'profile';

/** Single records kept beside the points, each under its own key: facts about the database, and the drafts being built. */
export type MetaValues = {
  /**
   * Set once the starter library has been offered, so that deleting starter points, or
   * deleting all data, never brings them back without the user asking.
   */
  starterSeeded: boolean;
  /** The last import, written in the import's transaction: a popup that lost the answer asks for it. */
  lastImport: { id: string; plan: ImportPlan };
  /** When a fill-in last changed on this computer: what sync stamps a changed fill-in with. */
  profileUpdatedAt: number;
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
export type MetaKey = keyof MetaValues;

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
  /**
   * Sync's memory, by record key (`points/<id>`, `profile/main`…): each record as it stood after
   * the last merge, with the time each field changed. A field that differs here now changed on
   * this computer since.
   */
  syncKnown: {
    key: string;
    value: SyncRecord;
  };
  /** What this computer deleted and when, by record key, so the deletion reaches the others. */
  deletions: {
    key: string;
    value: { key: string; at: number };
    indexes: { 'by-at': number };
  };
  /** v3: the outcome log, one record per time the user asked. */
  outcomes: {
    key: string;
    value: OutcomeEntry;
  };
  /** v3: rehearsal progress, one record per objection answer, keyed by the point's id. */
  rehearsals: {
    key: string;
    value: RehearsalMark;
  };
}
