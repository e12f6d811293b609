/**
 * The parts of a request that carry the user's own points, in the framework's order (the ask
 * before them and the next step after are the builder's own sentences), and which points each part
 * starts with: the best ranked, at most one per part of a strong request the section covers.
 */
import type { CategoryId } from '../categories';
import { rankSuggestions } from '../coach/rank';
import { FACET_IDS } from '../coach/rules';
import type { PitchPoint } from '../point';

export type SectionId = 'gain' | 'measure' | 'sweeteners' | 'continuity' | 'record';

interface Section {
  id: SectionId;
  categories: readonly CategoryId[];
  /**
   * How many points it starts with: one per facet of a strong request the section fills (the
   * coach's `CATEGORY_FACETS`); sweeteners fill two, the trial with its review and a concession.
   */
  picks: number;
}

export const SECTIONS: readonly Section[] = [
  { id: 'gain', categories: ['boss-motivation'], picks: 1 },
  { id: 'measure', categories: ['performance-indicator'], picks: 1 },
  { id: 'sweeteners', categories: ['sweetener'], picks: 2 },
  { id: 'continuity', categories: ['communication', 'setup'], picks: 1 },
  { id: 'record', categories: ['track-record'], picks: 1 },
];

/** Motivation stays private preparation and objection answers belong to the meeting: neither is offered. */
export function sectionOf(point: PitchPoint): SectionId | undefined {
  return SECTIONS.find((section) => section.categories.includes(point.category))?.id;
}

/** The points the builder offers: those of its sections that are not private preparation notes. */
function offeredForDraft(points: readonly PitchPoint[]): PitchPoint[] {
  return points.filter((point) => sectionOf(point) !== undefined && (point.use.length === 0 || point.use.some((use) => use !== 'prep')));
}

/** Nothing written yet: every part of a strong request is still open, as for a new compose. */
const EMPTY_DRAFT = { coverage: FACET_IDS.map((id) => ({ id, covered: false, evidence: [] })) };

/**
 * The offered points in the order the builder lists and uses them: the compose panel's ranking for
 * an empty draft (framework order, then the user's own order, then the most used).
 */
export function rankedForDraft(points: readonly PitchPoint[]): PitchPoint[] {
  return rankSuggestions(offeredForDraft(points), EMPTY_DRAFT);
}

/** The ids the builder starts with: per section, its first `picks` points meant for an email. */
export function preselected(points: readonly PitchPoint[]): string[] {
  const ranked = rankedForDraft(points).filter((point) => point.use.includes('email'));
  return SECTIONS.flatMap((section) =>
    ranked
      .filter((point) => sectionOf(point) === section.id)
      .slice(0, section.picks)
      .map((point) => point.id),
  );
}
