/**
 * The starter library: the points a new user sees before writing any of their own. The text
 * lives in starter-library.json so it can be edited (and one day translated) as data.
 */
import library from './starter-library.json';
import { checkPoint } from './validation';
import type { PitchPoint } from './point';

/**
 * Every starter point as a stored point, ordered by its position within its category. The data
 * goes through the same check as an imported file, so a bad edit to the JSON fails loudly in
 * tests instead of writing a broken point for every new user.
 */
export function starterPoints(now: number): PitchPoint[] {
  const positions = new Map<string, number>();
  return library.map((item) => {
    const order = positions.get(item.category) ?? 0;
    positions.set(item.category, order + 1);
    const checked = checkPoint({ ...item, order, createdAt: now, updatedAt: now, usedCount: 0, origin: 'starter' });
    if (!checked.ok) throw new Error(`Starter library item '${item.id}': ${checked.error}`);
    return checked.value;
  });
}
