import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CategoryId } from '../../core/categories';
import { messageOf } from '../../core/errors';
import type { NewPoint, PitchPoint, PointChanges } from '../../core/point';
import type { Profile } from '../../core/profile';
import { send } from '../../shared/messages';
import { createLatestSaver } from '../profile/latestSaver';
import { loadSnapshot, type FirstLoad, type Snapshot } from './first-load';

/** Replaces points by id and appends the ones not held yet. */
function merged(current: readonly PitchPoint[], changed: readonly PitchPoint[]): PitchPoint[] {
  const byId = new Map(changed.map((point) => [point.id, point]));
  const next = current.map((point) => byId.get(point.id) ?? point);
  const held = new Set(current.map((point) => point.id));
  for (const point of changed) if (!held.has(point.id)) next.push(point);
  return next;
}

export interface PitchData {
  points: PitchPoint[];
  profile: Profile;
  loaded: boolean;
  /** Counts loads from the database: forms key on it to start over after an import or a wipe. */
  generation: number;
  /** The last failure, worded for the user; empty when all is well. */
  error: string;
  setError(message: string): void;
  reload(): Promise<void>;
  createPoint(point: NewPoint): Promise<PitchPoint | undefined>;
  updatePoint(id: string, changes: PointChanges): Promise<PitchPoint | undefined>;
  deletePoint(id: string): Promise<PitchPoint[] | undefined>;
  restorePoints(points: PitchPoint[]): Promise<boolean>;
  reorder(category: CategoryId, ids: string[]): Promise<void>;
  /**
   * Shows the new profile at once and saves, in the background, only the fill-ins in `changed`:
   * a whole profile would undo what a compose saved since this page loaded it.
   */
  editProfile(profile: Profile, changed: Profile): void;
  flushProfile(): Promise<void>;
}

/**
 * The popup's copy of the user's data. Everything goes through the message contract: the
 * database belongs to the service worker. Each action reports a failure in `error` rather than
 * throwing, because the user can only act on what they see.
 */
export function usePitchData(first?: FirstLoad): PitchData {
  // A first load that already came is drawn in the first render, not after a frame and an effect.
  const [points, setPoints] = useState<PitchPoint[]>(() => first?.value?.points ?? []);
  const [profile, setProfile] = useState<Profile>(() => first?.value?.profile ?? {});
  const [loaded, setLoaded] = useState(first?.value !== undefined);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState('');

  const attempt = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await action();
      setError('');
      return value;
    } catch (failure) {
      setError(messageOf(failure));
      return undefined;
    }
  }, []);

  const load = useCallback(
    async (snapshot: Promise<Snapshot>) => {
      await attempt(async () => {
        const { points: listed, profile: saved } = await snapshot;
        setPoints(listed);
        setProfile(saved);
        setGeneration((current) => current + 1);
      });
      setLoaded(true);
    },
    [attempt],
  );
  const reload = useCallback(() => load(loadSnapshot()), [load]);

  // Effects run after the first paint; a load the page started while its scripts were still
  // arriving (see main.tsx) saves that wait, and one that came needs nothing more.
  // What the first render drew decides, not what has come since: a load that came between that
  // render and this effect must still be shown.
  const firstLoad = useRef({ drawn: first?.value !== undefined, promise: first?.promise });
  useEffect(() => {
    const { drawn, promise } = firstLoad.current;
    if (!drawn) void load(promise ?? loadSnapshot());
  }, [load]);

  const saver = useRef(
    createLatestSaver<Profile>(
      (changed) => send('profile/update', { values: changed }),
      (failure) => setError(messageOf(failure)),
      (waiting, next) => ({ ...waiting, ...next }),
    ),
  );

  return useMemo<PitchData>(
    () => ({
      points,
      profile,
      loaded,
      generation,
      error,
      setError,
      reload,
      createPoint: (point) =>
        attempt(async () => {
          const created = await send('points/create', { point });
          setPoints((current) => merged(current, [created]));
          return created;
        }),
      updatePoint: (id, changes) =>
        attempt(async () => {
          const updated = await send('points/update', { id, changes });
          setPoints((current) => merged(current, [updated]));
          return updated;
        }),
      deletePoint: (id) =>
        attempt(async () => {
          const { deleted } = await send('points/delete', { ids: [id] });
          const gone = new Set(deleted.map((point) => point.id));
          setPoints((current) => current.filter((point) => !gone.has(point.id)));
          return deleted;
        }),
      restorePoints: async (restored) =>
        (await attempt(async () => {
          await send('points/put', { points: restored });
          setPoints((current) => merged(current, restored));
          return true;
        })) === true,
      reorder: async (category, ids) => {
        // Shown at once so a held-down key moves the point without waiting for the round trip.
        const rank = new Map(ids.map((id, index) => [id, index]));
        setPoints((current) => current.map((point) => (point.category === category && rank.has(point.id) ? { ...point, order: rank.get(point.id) ?? point.order } : point)));
        const saved = await attempt(() => send('points/reorder', { category, ids }));
        if (saved) setPoints((current) => merged(current, saved));
        else await reload();
      },
      editProfile: (next, changed) => {
        setProfile(next);
        if (Object.keys(changed).length > 0) saver.current.push(changed);
      },
      flushProfile: () => saver.current.flush(),
    }),
    [points, profile, loaded, generation, error, reload, attempt],
  );
}
