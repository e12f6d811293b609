import type { PitchPoint } from './point';
import { POINT_KEYS } from './validation';

/** What an import would do, counted by point id. Existing points absent from the file are untouched. */
export interface ImportPlan {
  adds: number;
  updates: number;
  untouched: number;
}

/** Field-by-field equality; tags and use compare in order, as the user arranged them. */
function samePoint(a: PitchPoint, b: PitchPoint): boolean {
  return POINT_KEYS.every((key) => {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => item === y[i]);
    return x === y;
  });
}

/**
 * Merges a file's points into the stored ones by id: the file's version wins for an id both
 * have; ids only the database has are kept. `writes` is what the store must put.
 */
export function mergeImport(existing: readonly PitchPoint[], incoming: readonly PitchPoint[]): { plan: ImportPlan; writes: PitchPoint[] } {
  const byId = new Map(existing.map((point) => [point.id, point]));
  const writes: PitchPoint[] = [];
  let adds = 0;
  let updates = 0;
  for (const point of incoming) {
    const current = byId.get(point.id);
    if (current && samePoint(current, point)) continue;
    if (current) updates += 1;
    else adds += 1;
    writes.push(point);
  }
  return { plan: { adds, updates, untouched: existing.length - updates }, writes };
}

/** @internal Exported for its unit tests. */
export function planImport(existing: readonly PitchPoint[], incoming: readonly PitchPoint[]): ImportPlan {
  return mergeImport(existing, incoming).plan;
}
