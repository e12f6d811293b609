import type { CategoryId } from '../../core/categories';
import type { PitchPoint } from '../../core/point';
import { matchesQuery, queryTerms } from '../../core/search';
import { categoryLabel } from '../../shared/labels';

/** One heading in the panel and the points under it, in display order. */
export interface SuggestionGroup {
  category: CategoryId;
  label: string;
  points: PitchPoint[];
}

/**
 * Groups the matching points by category. Groups come in the order their first point does, so an
 * ordering that puts some categories first (the coach's ranking) shows through.
 */
export function groupSuggestions(points: readonly PitchPoint[], query: string): SuggestionGroup[] {
  const groups = new Map<CategoryId, SuggestionGroup>();
  const terms = queryTerms(query);
  for (const point of points) {
    if (!matchesQuery(point, terms)) continue;
    let group = groups.get(point.category);
    if (!group) {
      group = { category: point.category, label: categoryLabel(point.category), points: [] };
      groups.set(point.category, group);
    }
    group.points.push(point);
  }
  return [...groups.values()];
}

export type MoveKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

const PAGE = 5;

export function isMoveKey(key: string): key is MoveKey {
  return ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(key);
}

/** The active row after a navigation key; arrows wrap around, pages stop at the ends. -1 means none. */
export function moveActive(current: number, count: number, key: MoveKey): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, Math.max(0, current) + PAGE);
    case 'PageUp':
      return Math.max(0, current - PAGE);
  }
}
