import type { PitchPoint } from '../../core/point';
import type { Profile } from '../../core/profile';
import { send } from '../../shared/messages';

export interface Snapshot {
  points: PitchPoint[];
  profile: Profile;
}

/** Everything the popup shows, in one round of requests. */
export async function loadSnapshot(): Promise<Snapshot> {
  const [points, profile] = await Promise.all([send('points/list', {}), send('profile/get', {})]);
  return { points, profile };
}

/** A load started as the page began, and its snapshot once it came: a first render can draw it at once. */
export interface FirstLoad {
  readonly promise: Promise<Snapshot>;
  value?: Snapshot;
}

/** Where popup-early.js leaves the load it started for the app (both scripts share the page's global). */
export const FIRST_LOAD_GLOBAL = 'remotePitchFirstLoad';

export function startFirstLoad(): FirstLoad {
  const load: FirstLoad = { promise: loadSnapshot() };
  // A failure is shown once the app takes the promise; until then it is not "unhandled".
  load.promise.then((snapshot) => (load.value = snapshot), () => undefined);
  return load;
}

/** The load popup-early.js started, taken once, or a new one where it did not run (`npm run dev`, tests). */
export function takeFirstLoad(): FirstLoad {
  const global = globalThis as Record<string, unknown>;
  const early = global[FIRST_LOAD_GLOBAL] as FirstLoad | undefined;
  Reflect.deleteProperty(global, FIRST_LOAD_GLOBAL);
  return early ?? startFirstLoad();
}
