/**
 * Rehearsing the answers to the manager's likely objections: each answer the user marked
 * "confident" or "needs work", and the order a new round takes. Kept per point, so progress
 * survives between rounds and the popup closing.
 */
import * as v from 'valibot';
import { describeIssues, expected, objectMessage, ONE_ISSUE_PER_FIELD, type Checked } from '../validation';
import type { PitchPoint } from '../point';
import { byDisplayOrder } from '../point-order';

export const MARKS = ['confident', 'needs-work'] as const;
export type Mark = (typeof MARKS)[number];

export interface RehearsalMark {
  pointId: string;
  mark: Mark;
  markedAt: number;
  /** How many times this answer was rehearsed and marked. */
  rounds: number;
}

export const rehearsalSchema = v.strictObject(
  {
    pointId: v.pipe(v.string(expected('text')), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'is not a valid point id')),
    mark: v.picklist(MARKS, (issue) => `expected one of ${MARKS.join(', ')} but found ${JSON.stringify(issue.input)}`),
    markedAt: v.pipe(v.number(expected('a time in milliseconds')), v.finite(), v.minValue(0)),
    rounds: v.pipe(v.number(expected('a count')), v.integer(), v.minValue(0)),
  },
  objectMessage('a rehearsal mark'),
);

export function checkRehearsal(value: unknown): Checked<RehearsalMark> {
  const result = v.safeParse(rehearsalSchema, value, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'rehearsal mark') };
  const { pointId, mark, markedAt, rounds } = result.output;
  return { ok: true, value: { pointId, mark, markedAt, rounds } };
}

/** The answers to rehearse: every objection answer that is not a private note. */
function rehearsable(points: readonly PitchPoint[]): PitchPoint[] {
  return points.filter((point) => point.category === 'objection-answer' && (point.use.length === 0 || point.use.some((use) => use !== 'prep')));
}

/**
 * A round's order: the answers that need work first (the longest untouched first), then those not
 * rehearsed yet, then the confident ones (the longest untouched first, so none is forgotten).
 */
export function rehearsalOrder(points: readonly PitchPoint[], marks: readonly RehearsalMark[]): PitchPoint[] {
  const byPoint = new Map(marks.map((mark) => [mark.pointId, mark]));
  const rank = (point: PitchPoint) => {
    const mark = byPoint.get(point.id)?.mark;
    return mark === 'needs-work' ? 0 : mark === undefined ? 1 : 2;
  };
  const at = (point: PitchPoint) => byPoint.get(point.id)?.markedAt ?? 0;
  return rehearsable(points).sort((a, b) => rank(a) - rank(b) || at(a) - at(b) || byDisplayOrder(a, b));
}
