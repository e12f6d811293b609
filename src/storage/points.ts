/**
 * Reading and writing pitch points. Every function that touches more than one record does it
 * in one transaction (`atomically`), so a closed popup or a failed write never leaves half a
 * change behind. Only IndexedDB requests are awaited inside a transaction: awaiting anything else
 * lets it commit early. A write that adds or lengthens points first checks that the library still
 * fits what a backup can carry (`ensureFits`).
 */
import type { IDBPDatabase } from 'idb';
import { checkPoint } from '../core/validation';
import type { CategoryId } from '../core/categories';
import { pointBytes } from '../core/library-size';
import { createPoint, type NewPoint, type PitchPoint, type PointChanges } from '../core/point';
import { byDisplayOrder } from '../core/point-order';
import { recordKey } from '../core/sync/kinds';
import { ensureFits, withChanges } from './library';
import type { PitchDB } from './schema';
import { atomically } from './transaction';

type DB = IDBPDatabase<PitchDB>;

/** Every point, in display order. */
export async function listPoints(db: DB): Promise<PitchPoint[]> {
  return (await db.getAll('points')).sort(byDisplayOrder);
}

/** The order that puts a point after everything already in its category. */
function endOf(inCategory: readonly PitchPoint[]): number {
  return inCategory.reduce((max, point) => Math.max(max, point.order + 1), 0);
}

function validated(candidate: unknown, action: string): PitchPoint {
  const checked = checkPoint(candidate);
  if (!checked.ok) throw new Error(`Can't ${action} this point: ${checked.error}`);
  return checked.value;
}

/**
 * Only the fields a caller may set are read from `source`: requests cross a message boundary,
 * so a stray `usedCount` or `createdAt` in one must not land in the store. Undefined counts as
 * absent, as it does once a message is serialised; blank text is how a caller clears a field.
 */
function pick<K extends string>(source: object, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    const value: unknown = Object.hasOwn(source, key) ? (source as Record<K, unknown>)[key] : undefined;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const NEW_POINT_KEYS = ['id', 'category', 'title', 'text', 'objection', 'tags', 'evidence', 'use', 'origin', 'onMeetingCard'] as const;
const CHANGE_KEYS = ['category', 'title', 'text', 'objection', 'tags', 'evidence', 'use', 'onMeetingCard'] as const;

/** Blank optional text means "remove it", so the store never holds an empty objection or evidence. */
function withoutBlankOptionals(candidate: Record<string, unknown>): Record<string, unknown> {
  const blank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');
  if (blank(candidate.objection)) delete candidate.objection;
  if (blank(candidate.evidence)) delete candidate.evidence;
  if (typeof candidate.title === 'string') candidate.title = candidate.title.trim();
  return candidate;
}

/** Adds a point at the end of its category. */
export async function createPointIn(db: DB, input: NewPoint, now: number): Promise<PitchPoint> {
  // createPoint supplies the id and defaults; the caller's fields then go through the same
  // check an imported file does, which also gives a readable error for a wrong type.
  const defaults = createPoint({ category: input.category, title: '', text: '' }, now);
  const point = validated(withoutBlankOptionals({ ...defaults, ...pick(input, NEW_POINT_KEYS) }), 'save');
  const tx = db.transaction('points', 'readwrite');
  return atomically(tx, async () => {
    const all = await tx.store.getAll();
    if (all.some((existing) => existing.id === point.id)) throw new Error(`Can't save this point: the id '${point.id}' is already in use.`);
    ensureFits([...all, point], 'add this point');
    point.order = endOf(all.filter((existing) => existing.category === point.category));
    await tx.store.add(point);
    return point;
  });
}

function missing(id: string): Error {
  return new Error(`No pitch point has the id '${id}'; it may have been deleted in another window.`);
}

/** Applies the user's edits. Moving a point to another category puts it at the end there. */
export async function updatePoint(db: DB, id: string, changes: PointChanges, now: number): Promise<PitchPoint> {
  const tx = db.transaction('points', 'readwrite');
  return atomically(tx, async () => {
    const current = await tx.store.get(id);
    if (!current) throw missing(id);
    const point = validated(withoutBlankOptionals({ ...current, ...pick(changes, CHANGE_KEYS), updatedAt: now }), 'update');
    if (pointBytes(point) > pointBytes(current)) ensureFits(withChanges(await tx.store.getAll(), [point]).values(), 'save this change');
    if (point.category !== current.category) {
      point.order = endOf(await tx.store.index('by-category').getAll(point.category));
    }
    await tx.store.put(point);
    return point;
  });
}

/**
 * Deletes the points that exist and returns them, so the caller can offer an undo (`putPoints`).
 * Each deletion is remembered with its time, for sync to pass on (a point deleted here must not
 * come back from another computer that still has it).
 */
export async function deletePoints(db: DB, ids: readonly string[], now: number = Date.now()): Promise<PitchPoint[]> {
  const tx = db.transaction(['points', 'deletions'], 'readwrite');
  const points = tx.objectStore('points');
  return atomically(tx, async () => {
    const deleted: PitchPoint[] = [];
    for (const id of new Set(ids)) {
      const point = await points.get(id);
      if (!point) continue;
      await points.delete(id);
      await tx.objectStore('deletions').put({ key: recordKey('points', id), at: now });
      deleted.push(point);
    }
    return deleted;
  });
}

/** Writes whole points as given (the undo of a delete, or a bulk restore); all or none. */
export async function putPoints(db: DB, points: readonly PitchPoint[]): Promise<number> {
  const seen = new Set<string>();
  const clean = points.map((point, index) => {
    const checked = checkPoint(point);
    if (!checked.ok) throw new Error(`Can't save points[${index}]: ${checked.error}`);
    if (seen.has(checked.value.id)) throw new Error(`Can't save points[${index}]: the id '${checked.value.id}' appears twice.`);
    seen.add(checked.value.id);
    return checked.value;
  });
  const tx = db.transaction('points', 'readwrite');
  return atomically(tx, async (issue) => {
    ensureFits(withChanges(await tx.store.getAll(), clean).values(), 'put these points back');
    for (const point of clean) issue(tx.store.put(point));
    return clean.length;
  });
}

/**
 * Sets the order of one category to the order of `ids`, which must name each of its points
 * exactly once: a list built from a stale view would otherwise drop or misplace points.
 * Returns the category's points in their new order.
 */
export async function reorderPoints(db: DB, category: CategoryId, ids: readonly string[], now: number): Promise<PitchPoint[]> {
  const tx = db.transaction('points', 'readwrite');
  return atomically(tx, async (issue) => {
    const current = await tx.store.index('by-category').getAll(category);
    const byId = new Map(current.map((point) => [point.id, point]));
    const unique = new Set(ids);
    if (unique.size !== ids.length || ids.length !== current.length || ids.some((id) => !byId.has(id))) {
      throw new Error(
        `Can't reorder '${category}': the new order must list each of its ${current.length} points exactly once. Reload the list and try again.`,
      );
    }
    const ordered: PitchPoint[] = [];
    for (const [order, id] of ids.entries()) {
      const point = byId.get(id);
      if (!point) continue;
      if (point.order !== order) {
        point.order = order;
        point.updatedAt = now;
        issue(tx.store.put(point));
      }
      ordered.push(point);
    }
    return ordered;
  });
}

/** Counts one use (inserted into a draft, copied, shown on the card); not an edit, so updatedAt stays. */
export async function recordUse(db: DB, id: string, now: number): Promise<PitchPoint> {
  const tx = db.transaction('points', 'readwrite');
  return atomically(tx, async () => {
    const point = await tx.store.get(id);
    if (!point) throw missing(id);
    point.usedCount += 1;
    point.lastUsedAt = now;
    await tx.store.put(point);
    return point;
  });
}
