import type { CategoryId } from './categories';

/** Where a point is meant to be used: in the email, at the meeting, or only as private preparation. */
export const POINT_USES = ['email', 'meeting', 'prep'] as const;
type PointUse = (typeof POINT_USES)[number];

export const POINT_ORIGINS = ['starter', 'user'] as const;
type PointOrigin = (typeof POINT_ORIGINS)[number];

export interface PitchPoint {
  id: string;
  category: CategoryId;
  title: string;
  /** May hold {placeholders} filled from the profile. */
  text: string;
  /** The concern this point answers; only objection answers carry one. */
  objection?: string;
  tags: string[];
  /** Where the claim comes from, shown on the meeting card. */
  evidence?: string;
  use: PointUse[];
  /** Position within its category, ascending. */
  order: number;
  createdAt: number;
  updatedAt: number;
  usedCount: number;
  lastUsedAt?: number;
  origin: PointOrigin;
  /** Whether the user put this point on the meeting card. */
  onMeetingCard?: boolean;
}

/** What a caller supplies to create a point; the rest is filled in by `createPoint`. */
export type NewPoint = Pick<PitchPoint, 'category' | 'title' | 'text'> &
  Partial<Pick<PitchPoint, 'id' | 'objection' | 'tags' | 'evidence' | 'use' | 'order' | 'origin' | 'onMeetingCard'>>;

/**
 * The longest fill-in value, on its own so that the compose panel's prompt (in the script every
 * mail page loads) can use it without bundling every other limit.
 */
export const PROFILE_VALUE_LENGTH = 500;

export const LIMITS = {
  idLength: 100,
  titleLength: 200,
  textLength: 5000,
  objectionLength: 500,
  evidenceLength: 2000,
  tagLength: 40,
  tags: 20,
  profileValueLength: PROFILE_VALUE_LENGTH,
  points: 10_000,
  /** Room for 10 000 typical points (~4 MB) with headroom; a file past it is refused before parsing. */
  importBytes: 10 * 1024 * 1024,
} as const;

/** Ids only need to be unique within one user's database; no crypto dependency keeps core pure. */
function newPointId(now: number, random: () => number = Math.random): string {
  return `p-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

export function createPoint(input: NewPoint, now: number, random?: () => number): PitchPoint {
  const point: PitchPoint = {
    id: input.id ?? newPointId(now, random),
    category: input.category,
    title: input.title.trim(),
    text: input.text,
    tags: normaliseTags(input.tags ?? []),
    use: input.use ?? ['email', 'meeting'],
    order: input.order ?? 0,
    createdAt: now,
    updatedAt: now,
    usedCount: 0,
    origin: input.origin ?? 'user',
  };
  if (input.objection) point.objection = input.objection;
  if (input.evidence) point.evidence = input.evidence;
  if (input.onMeetingCard !== undefined) point.onMeetingCard = input.onMeetingCard;
  return point;
}

/** Lower-case, trimmed, without duplicates or empties, in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().toLowerCase();
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/** Fields the user may edit; bookkeeping (createdAt, usedCount…) is the store's job. */
export type PointChanges = Partial<
  Pick<PitchPoint, 'category' | 'title' | 'text' | 'objection' | 'tags' | 'evidence' | 'use' | 'onMeetingCard'>
>;
