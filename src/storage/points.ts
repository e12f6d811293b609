/**
 * Reading and writing pitch points. Every function that touches more than one record does it
 * in one transaction, so a closed popup or a failed write never leaves half a change behind.
 * Only IndexedDB requests are awaited inside a transaction: awaiting anything else lets it
 * commit early.
 */
import type { IDBPDatabase } from 'idb';
import { checkPoint } from '../core/validation';
import type { CategoryId } from '../core/categories';
import { createPoint, type NewPoint, type PitchPoint, type PointChanges } from '../core/point';
import { byDisplayOrder } from '../core/point-order';
import type { PitchDB } from './schema';

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
  if (await tx.store.get(point.id)) throw new Error(`Can't save this point: the id '${point.id}' is already in use.`);
  point.order = endOf(await tx.store.index('by-category').getAll(point.category));
  await tx.store.add(point);
  await tx.done;
  return point;
}

function missing(id: string): Error {
  return new Error(`No pitch point has the id '${id}'; it may have been deleted in another window.`);
}

/** Applies the user's edits. Moving a point to another category puts it at the end there. */
export async function updatePoint(db: DB, id: string, changes: PointChanges, now: number): Promise<PitchPoint> {
  const tx = db.transaction('points', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw missing(id);
  const point = validated(withoutBlankOptionals({ ...current, ...pick(changes, CHANGE_KEYS), updatedAt: now }), 'update');
  if (point.category !== current.category) {
    point.order = endOf(await tx.store.index('by-category').getAll(point.category));
  }
  await tx.store.put(point);
  await tx.done;
  return point;
}

/** Deletes the points that exist and returns them, so the caller can offer an undo (`putPoints`). */
export async function deletePoints(db: DB, ids: readonly string[]): Promise<PitchPoint[]> {
  const tx = db.transaction('points', 'readwrite');
  const deleted: PitchPoint[] = [];
  for (const id of new Set(ids)) {
    const point = await tx.store.get(id);
    if (!point) continue;
    await tx.store.delete(id);
    deleted.push(point);
  }
  await tx.done;
  return deleted;
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
  await Promise.all([...clean.map((point) => tx.store.put(point)), tx.done]);
  return clean.length;
}

/**
 * Sets the order of one category to the order of `ids`, which must name each of its points
 * exactly once: a list built from a stale view would otherwise drop or misplace points.
 * Returns the category's points in their new order.
 */
export async function reorderPoints(db: DB, category: CategoryId, ids: readonly string[], now: number): Promise<PitchPoint[]> {
  const tx = db.transaction('points', 'readwrite');
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
      await tx.store.put(point);
    }
    ordered.push(point);
  }
  await tx.done;
  return ordered;
}

/** Counts one use (inserted into a draft, copied, shown on the card); not an edit, so updatedAt stays. */
export async function recordUse(db: DB, id: string, now: number): Promise<PitchPoint> {
  const tx = db.transaction('points', 'readwrite');
  const point = await tx.store.get(id);
  if (!point) throw missing(id);
  point.usedCount += 1;
  point.lastUsedAt = now;
  await tx.store.put(point);
  await tx.done;
  return point;
}
