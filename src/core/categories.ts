/**
 * The eight kinds of pitch point, in the order the five-step framework uses them.
 * The order matters: the popup groups by it and the meeting card reads top to bottom.
 */
export const CATEGORY_IDS = [
  'my-motivation',
  'boss-motivation',
  'performance-indicator',
  'sweetener',
  'objection-answer',
  'track-record',
  'setup',
  'communication',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

export function categoryRank(id: CategoryId): number {
  return CATEGORY_IDS.indexOf(id);
}
