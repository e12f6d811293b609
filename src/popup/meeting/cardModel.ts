import type { CategoryId } from '../../core/categories';
import type { PitchPoint } from '../../core/point';
import { byDisplayOrder } from '../../core/point-order';
import { withReviewDate, type Profile, type ProfileKey } from '../../core/profile';

/** A point as the card shows it: its text with the fill-ins applied. */
export interface CardPoint {
  id: string;
  title: string;
  /** The text as written, with its {placeholders}. */
  source: string;
  evidence?: string;
  /** The concern an objection answer replies to (its title when none was written). */
  objection?: string;
}

/** One fill-in of the ask; `value` is undefined while the user hasn't filled it in. */
export interface AskItem {
  key: ProfileKey;
  value?: string;
}

/**
 * The meeting card, in the order the conversation runs (domain notes §1.3): the ask, the
 * business case, how work continues, how success is measured, why me, the concerns to invite,
 * the concession ladder. Only points the user put on the card appear.
 */
export interface MeetingCardModel {
  ask: AskItem[];
  reasons: CardPoint[];
  plan: CardPoint[];
  measures: { profile: AskItem[]; points: CardPoint[] };
  record: CardPoint[];
  objections: CardPoint[];
  /** Sweeteners in the order the user set: cheapest concession first. */
  ladder: CardPoint[];
  /** The user's own motivation: a reminder for them, kept apart from the case. */
  motivation: CardPoint[];
  /** The profile with the offered review date filled in, for the closing line. */
  profile: Profile;
}

const ASK_KEYS: readonly ProfileKey[] = ['days', 'startDate', 'trialWeeks', 'reviewDate'];
const MEASURE_KEYS: readonly ProfileKey[] = ['metric', 'baseline', 'target'];

function item(profile: Profile, key: ProfileKey): AskItem {
  const value = profile[key]?.trim();
  return value ? { key, value } : { key };
}

export function buildMeetingCard(points: readonly PitchPoint[], savedProfile: Profile): MeetingCardModel {
  const profile = withReviewDate(savedProfile);
  const chosen = points.filter((point) => point.onMeetingCard === true).sort(byDisplayOrder);
  const of = (...categories: CategoryId[]): CardPoint[] =>
    chosen.filter((point) => categories.includes(point.category)).map(toCardPoint);
  return {
    ask: ASK_KEYS.map((key) => item(profile, key)),
    reasons: of('boss-motivation'),
    plan: of('communication', 'setup'),
    measures: { profile: MEASURE_KEYS.map((key) => item(profile, key)), points: of('performance-indicator') },
    record: of('track-record'),
    objections: of('objection-answer'),
    ladder: of('sweetener'),
    motivation: of('my-motivation'),
    profile,
  };
}

function toCardPoint(point: PitchPoint): CardPoint {
  const card: CardPoint = { id: point.id, title: point.title, source: point.text };
  if (point.evidence?.trim()) card.evidence = point.evidence.trim();
  if (point.category === 'objection-answer') card.objection = point.objection?.trim() || point.title;
  return card;
}

/** Whether the user has put anything on the card yet (the ask alone comes from the fill-ins). */
export function hasChosenPoints(card: MeetingCardModel): boolean {
  return [card.reasons, card.plan, card.measures.points, card.record, card.objections, card.ladder, card.motivation].some(
    (list) => list.length > 0,
  );
}
