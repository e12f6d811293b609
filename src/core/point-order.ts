import { categoryRank } from './categories';
import type { PitchPoint } from './point';

/** The order points are shown and exported in: category in framework order, then the user's order, then title. */
export function byDisplayOrder(a: PitchPoint, b: PitchPoint): number {
  return categoryRank(a.category) - categoryRank(b.category) || a.order - b.order || a.title.localeCompare(b.title);
}

const notForEmail = (point: PitchPoint) => Number(!point.use.includes('email'));

/** The compose panel's order: the same, but within a category the points meant for emails come first. */
export function byEmailFirst(a: PitchPoint, b: PitchPoint): number {
  return categoryRank(a.category) - categoryRank(b.category) || notForEmail(a) - notForEmail(b) || byDisplayOrder(a, b);
}
