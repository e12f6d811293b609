import { CATEGORY_IDS, type CategoryId } from '../../core/categories';
import type { PitchPoint } from '../../core/point';
import { byDisplayOrder } from '../../core/point-order';

/** Every category, in framework order, with its points in the user's order (even when empty). */
export function groupByCategory(points: readonly PitchPoint[]): Map<CategoryId, PitchPoint[]> {
  const groups = new Map<CategoryId, PitchPoint[]>(CATEGORY_IDS.map((id) => [id, []]));
  for (const point of points) groups.get(point.category)?.push(point);
  for (const list of groups.values()) list.sort(byDisplayOrder);
  return groups;
}
