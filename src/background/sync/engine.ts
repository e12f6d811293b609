/**
 * When sync runs, one round at a time. A change here (a saved point, a fill-in from a compose, a
 * site switch) or in the area (another computer's write, which the browser reports) asks for a
 * round; requests a moment apart share one. Nothing here has to outlive the worker: the switch
 * and the report are in extension storage, what the merge needs in IndexedDB, and a change here
 * marks a round as owed there too, so the next start of the worker runs it if this one was
 * stopped first. (A change in the area needs no mark: the browser starts the worker to tell it.)
 */
import { messageOf } from '../../core/errors';
import { AREA_PREFIX } from '../../core/sync/area';
import { BROWSER_SYNC_QUOTA } from '../../core/sync/quota';
import { parseSyncStatus, SYNC_OFF, SYNC_STATUS_KEY, type SyncStatus } from '../../shared/sync-status';
import type { SyncEnvironment } from './environment';
import { syncOnce, type Trigger } from './round';

/** Changes typed a moment apart (a fill-in saved per keystroke) go out together. */
const GATHER_MS = 1_000;
const RETRY_MS = 60_000;
/** In extension storage: a change here that no finished round has written out yet. */
const OWED_KEY = 'syncOwed';

let environment: SyncEnvironment | undefined;
let queue: Promise<unknown> = Promise.resolve();
let timer: ReturnType<typeof setTimeout> | undefined;
let gathered: Trigger | undefined;
let lastWriteAt = 0;
/** This worker already marked a round as owed (so a keystroke does not write the mark again). */
let owing = false;
/** Counts changes here, so a round clears the mark only if none came while it ran. */
let changes = 0;

/** Called once per worker start (and by tests, which get a fresh start each time). */
export function configureSync(env: SyncEnvironment): void {
  environment = env;
  clearTimeout(timer);
  timer = undefined;
  gathered = undefined;
  lastWriteAt = 0;
  owing = false;
}

function env(): SyncEnvironment {
  if (!environment) throw new Error('Sync is not available here.');
  return environment;
}

/** @internal Exported for its unit tests. */
export async function readSyncStatus(): Promise<SyncStatus> {
  return parseSyncStatus(await env().local.get(SYNC_STATUS_KEY));
}

/** Runs after every task queued before it, so two rounds never overlap. */
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

async function round(trigger: Trigger): Promise<SyncStatus> {
  const before = await readSyncStatus();
  if (!before.enabled) return before;
  // A start with nothing owed: the last round finished, and nothing changed since.
  if (trigger === 'start' && (await env().local.get(OWED_KEY)) !== true) return before;
  let next: SyncStatus;
  const changesBefore = changes;
  try {
    const result = await syncOnce(env(), trigger, lastWriteAt);
    // Nothing read yet: what the report said still holds.
    if (!result) return before;
    const { wroteAt, retry, again, ...report } = result;
    if (wroteAt !== undefined) lastWriteAt = wroteAt;
    if (again) requestSync('local', 0);
    else if (retry) requestSync('local', RETRY_MS);
    else if ((owing || trigger === 'start') && changes === changesBefore) {
      owing = false;
      await env().local.set(OWED_KEY, false);
    }
    next = { ...report, enabled: true, lastSyncAt: report.lastSyncAt ?? before.lastSyncAt };
  } catch (error) {
    next = { ...before, problem: `Sync stopped on this computer: ${messageOf(error)}. Your data here is untouched.` };
  }
  if (!next.lastSyncAt) delete next.lastSyncAt;
  // Turned off while the round ran: the switch is the user's, not the round's.
  next.enabled = (await readSyncStatus()).enabled;
  await env().local.set(SYNC_STATUS_KEY, next);
  return next;
}

/**
 * Runs a round once the rounds before it are done.
 * @internal Exported for its unit tests; the worker asks through `requestSync`.
 */
export function syncNow(trigger: Trigger): Promise<SyncStatus> {
  return enqueue(() => round(trigger));
}

/** Asks for a round soon; a change already waiting for one shares it. */
export function requestSync(trigger: Trigger, delay = GATHER_MS): void {
  if (!environment) return;
  // A change here must be written out; a round for an area change alone may stop at reading.
  gathered = gathered === 'local' || trigger === 'local' ? 'local' : trigger;
  if (trigger === 'local') changes += 1;
  if (trigger === 'local' && !owing) {
    owing = true;
    void environment.local.set(OWED_KEY, true).catch(() => (owing = false));
  }
  if (timer !== undefined) return;
  timer = setTimeout(() => {
    timer = undefined;
    const reason = gathered ?? trigger;
    gathered = undefined;
    void syncNow(reason);
  }, delay);
}

/** Turns sync on (and merges at once) or off (this computer's data stays as it is). */
export function setSyncEnabled(enabled: boolean): Promise<SyncStatus> {
  return enqueue(async () => {
    const current = await readSyncStatus();
    await env().local.set(SYNC_STATUS_KEY, { ...current, enabled, quotaBytes: BROWSER_SYNC_QUOTA.totalBytes });
    return enabled ? round('local') : readSyncStatus();
  });
}

/**
 * After "delete all my data": this computer leaves sync and takes its copy out of the sync area.
 * The other computers keep their data (a missing copy deletes nothing there).
 */
export async function leaveSync(): Promise<void> {
  if (!environment) return;
  await enqueue(async () => {
    const { enabled } = await readSyncStatus();
    await env().local.set(SYNC_STATUS_KEY, SYNC_OFF);
    if (!enabled) return;
    const ours = Object.keys(await env().area.getAll()).filter((key) => key.startsWith(AREA_PREFIX));
    if (ours.length > 0) await env().area.remove(ours);
  });
}
