/**
 * Days and dates in a sentence, found by chrono-node's English parser: "next Thursday (8/14)",
 * "this coming Wednesday 12th October", "from 2 to 27 June", "tomorrow". Only where the coach asks
 * (a sentence that mentions working from home, or says when something starts), since parsing dates
 * costs more than anything else it does per sentence.
 */
import { parse } from 'chrono-node/en';
import type { TextSpan } from './text';

/**
 * Dates are only located, never resolved, so any fixed day will do; a fixed one keeps the analysis
 * the same whenever it runs.
 */
const REFERENCE = new Date(2025, 0, 1);

/** A date that names a meeting ("Monday's sync") or the past ("last March") is not a plan. */
const NOT_A_PLAN_AFTER = /^'s\b|^\s+(?:meeting|sync|stand-?up|one-to-one|1:1|catch-?up|call|review)\b/i;
/** Words chrono reads as today's date that never name the day of a plan. */
const NOT_A_DATE = /^(?:now|right now|the day|a day|that day|this day|then|the time|tonight)$/i;
const NOT_A_PLAN_BEFORE = /\b(?:last|since|by|ago|previous|before)\s+$/i;

export function datesIn(text: string, span: TextSpan): TextSpan[] {
  const piece = text.slice(span.start, span.end);
  const out: TextSpan[] = [];
  for (const result of parse(piece, REFERENCE, { forwardDate: true })) {
    const { start } = result;
    if (!start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('month')) continue;
    if (NOT_A_DATE.test(result.text.trim())) continue;
    const from = result.index;
    const to = from + result.text.length;
    if (NOT_A_PLAN_AFTER.test(piece.slice(to, to + 12)) || NOT_A_PLAN_BEFORE.test(piece.slice(Math.max(0, from - 10), from))) continue;
    out.push({ start: span.start + from, end: span.start + to });
  }
  return out;
}
