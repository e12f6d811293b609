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

export interface CategoryInfo {
  id: CategoryId;
  label: string;
  /** One line shown under the group heading, so the user knows what belongs there. */
  explanation: string;
}

/** English defaults; the UI may override them through i18n messages keyed by id. */
export const CATEGORIES: readonly CategoryInfo[] = [
  { id: 'my-motivation', label: 'My motivation', explanation: 'Why you want it, put in words you could share with your manager.' },
  { id: 'boss-motivation', label: "Manager's gain", explanation: 'What your manager and the team get out of it: align it with their goals.' },
  { id: 'performance-indicator', label: 'Performance indicators', explanation: 'How success will be measured, with a baseline and a target.' },
  { id: 'sweetener', label: 'Sweeteners', explanation: 'Concessions that lower the risk: a trial with a review, your own equipment, coming in on request.' },
  { id: 'objection-answer', label: 'Objection answers', explanation: 'Calm, prepared replies to the concerns your manager is likely to raise.' },
  { id: 'track-record', label: 'Track record', explanation: 'Proof you deliver without supervision: tenure, results, remote work done well.' },
  { id: 'setup', label: 'Setup', explanation: 'A quiet workspace, a reliable connection and secure equipment.' },
  { id: 'communication', label: 'Communication', explanation: 'How you stay reachable and visible: hours, reply times, stand-ups, updates.' },
];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

export function categoryRank(id: CategoryId): number {
  return CATEGORY_IDS.indexOf(id);
}
