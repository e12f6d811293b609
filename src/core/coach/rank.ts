/**
 * Orders the user's pitch points for the compose panel so the first few suggestions are the
 * ones that would fill what the draft still lacks.
 */
import { CATEGORY_IDS, categoryRank, type CategoryId } from '../categories';
import type { DraftAnalysis, FacetId, FacetsShown } from './analyze';
import type { PitchPoint } from '../point';

/**
 * Which facets a point of each category fills when inserted. Decided by what the starter
 * library's points of that category actually say:
 * - sweetener fills both `trial` and `sweetener` (the trial with a review is the first sweetener);
 * - setup fills nothing: a quiet room or a VPN answers a doubt but is not a concession, and
 *   "own equipment at no cost" is written as a sweetener point;
 * - my-motivation and objection-answer fill nothing: the first is private preparation, the second
 *   belongs to the meeting, and neither reliably covers a facet in an email.
 * No category fills `schedule` or `next-step`: those are the user's own ask.
 * @internal Exported for its unit tests.
 */
export const CATEGORY_FACETS: Readonly<Record<CategoryId, readonly FacetId[]>> = {
  'my-motivation': [],
  'boss-motivation': ['business-benefit'],
  'performance-indicator': ['indicator'],
  sweetener: ['trial', 'sweetener'],
  'objection-answer': [],
  'track-record': ['track-record'],
  setup: [],
  communication: ['communication'],
};

export interface RankContext {
  /** Points already inserted into this draft; they go last. */
  insertedIds?: ReadonlySet<string> | readonly string[];
}

/**
 * Suggestions, best first. Sort keys, in order:
 * 1. not yet inserted into this draft before inserted;
 * 2. fills a facet the draft does not cover before the rest;
 * 3. category in framework order;
 * 4. `order` within the category, ascending;
 * 5. `usedCount`, more used first;
 * 6. `id`, compared by code unit so the result does not depend on the locale.
 * Returns a new array; the input is not changed. O(n log n) with keys computed once per point.
 */
export function rankSuggestions(points: readonly PitchPoint[], analysis: Pick<DraftAnalysis, 'coverage'>, context: RankContext = {}): PitchPoint[] {
  const uncovered = new Set<FacetId>(analysis.coverage.filter((facet) => !facet.covered).map((facet) => facet.id));
  const fillsGap = new Map<CategoryId, boolean>();
  for (const category of CATEGORY_IDS) fillsGap.set(category, CATEGORY_FACETS[category].some((facet) => uncovered.has(facet)));


  const inserted = new Set<string>(context.insertedIds ?? []);
  // Flat keys computed once: the comparator runs n log n times and should only read numbers.
  const keyed = points.map((point) => ({
    point,
    group: (inserted.has(point.id) ? 2 : 0) + (fillsGap.get(point.category) ? 0 : 1),
    category: categoryRank(point.category),
    order: point.order,
    used: point.usedCount,
    id: point.id,
  }));
  keyed.sort(
    (a, b) =>
      a.group - b.group ||
      a.category - b.category ||
      a.order - b.order ||
      b.used - a.used ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return keyed.map((entry) => entry.point);
}

/** Facets no category fills: the schedule and the next step are the user's own, so only a point's words can. */
const ASKED_IN_WORDS: readonly FacetId[] = ['schedule', 'next-step'];

export interface GapContext extends RankContext {
  /** The facets a point's words show (its text with the user's fill-ins). */
  wordsOf(point: PitchPoint): FacetsShown;
}

/**
 * For each facet the draft lacks, the point that fills it best: the first, in the panel's ranking,
 * that fills it by its category (`CATEGORY_FACETS`) or, for the schedule and the next step, by its
 * words. Points kept only as private preparation are never offered. O(n log n) for the ranking, then
 * one pass; words are only read for the two facets that need them, and only until one is found.
 */
export function pointsForGaps(points: readonly PitchPoint[], analysis: Pick<DraftAnalysis, 'coverage'>, context: GapContext): Partial<Record<FacetId, PitchPoint>> {
  const gaps = new Set<FacetId>(analysis.coverage.filter((facet) => !facet.covered).map((facet) => facet.id));
  const found: Partial<Record<FacetId, PitchPoint>> = {};
  for (const point of rankSuggestions(points.filter((p) => p.use.length === 0 || p.use.some((use) => use !== 'prep')), analysis, context)) {
    if (gaps.size === 0) break;
    for (const facet of CATEGORY_FACETS[point.category]) {
      if (gaps.delete(facet)) found[facet] = point;
    }
    if (!ASKED_IN_WORDS.some((facet) => gaps.has(facet))) continue;
    const words = context.wordsOf(point);
    for (const facet of ASKED_IN_WORDS) if (gaps.has(facet) && words.has(facet) && gaps.delete(facet)) found[facet] = point;
  }
  return found;
}
