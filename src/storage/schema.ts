import type { DBSchema } from 'idb';
import type { CategoryId } from '../core/categories';
import type { PitchPoint } from '../core/point';
import type { Profile } from '../core/profile';

export const DB_NAME = 'remote-pitch';

/** The profile store holds a single record under this key. */
export const PROFILE_KEY = 'profile';

/** Small facts about the database itself, each under its own key. */
interface MetaValues {
  /**
   * Set once the starter library has been offered, so that deleting starter points, or
   * deleting all data, never brings them back without the user asking.
   */
  starterSeeded: boolean;
}
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
}
