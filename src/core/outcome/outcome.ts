/**
 * The outcome log: each time the user asked, what the answer was, what was agreed, their notes, and
 * when to ask again after a "not now". Dates are ISO `yyyy-mm-dd`; the agreed terms are the user's
 * own words (the start date a date), since what a manager agrees is rarely exactly what was asked.
 */
import * as v from 'valibot';
import { describeIssues, expected, objectMessage, ONE_ISSUE_PER_FIELD, type Checked } from '../validation';
import { DRAFT_MODES, type DraftMode } from '../draft/statutory-rules';

export const ANSWERS = ['yes', 'trial', 'not-now', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

interface Agreed {
  days: string;
  /** ISO, or empty when none was agreed. */
  startDate: string;
  trialWeeks: string;
  measures: string;
}

export interface OutcomeEntry {
  id: string;
  askedOn: string;
  answer: Answer;
  /** Whether it was an ordinary proposal or a formal request under one of the laws. */
  mode: DraftMode;
  agreed: Agreed;
  notes: string;
  /** ISO; set for a "not now" (or a "no" the user means to come back to). */
  askAgainOn: string;
  createdAt: number;
  updatedAt: number;
}

/** What the popup's form sends; the store stamps the rest. */
export type OutcomeInput = Omit<OutcomeEntry, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export const OUTCOME_LIMITS = { text: 500, notes: 5000, entries: 1000 } as const;

const text = (max: number) =>
  v.pipe(
    v.string(expected('text')),
    v.maxLength(max, (issue) => `${issue.input.length} characters is more than the limit of ${max}`),
  );
const isoOrEmpty = () => v.union([v.literal(''), v.pipe(v.string(), v.isoDate(expected('a date (yyyy-mm-dd) or nothing')))], expected('a date (yyyy-mm-dd) or nothing'));
const picked = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.picklist(options, (issue) => `expected one of ${options.join(', ')} but found ${JSON.stringify(issue.input)}`);
const time = () => v.pipe(v.number(expected('a time in milliseconds')), v.finite(), v.minValue(0));

const FIELDS = {
  askedOn: v.pipe(v.string(expected('a date')), v.isoDate(expected('a date (yyyy-mm-dd)'))),
  answer: picked(ANSWERS),
  mode: picked(DRAFT_MODES),
  agreed: v.strictObject(
    { days: text(OUTCOME_LIMITS.text), startDate: isoOrEmpty(), trialWeeks: text(OUTCOME_LIMITS.text), measures: text(OUTCOME_LIMITS.text) },
    objectMessage('what was agreed'),
  ),
  notes: text(OUTCOME_LIMITS.notes),
  askAgainOn: isoOrEmpty(),
};

const ID = v.pipe(v.string(expected('text')), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'is not a valid id'));

export const outcomeSchema = v.strictObject({ id: ID, ...FIELDS, createdAt: time(), updatedAt: time() }, objectMessage('an outcome'));
const inputSchema = v.strictObject({ id: v.optional(ID), ...FIELDS }, objectMessage('an outcome'));

/** A fresh object holding only known fields. */
function copy(entry: OutcomeEntry): OutcomeEntry {
  const { id, askedOn, answer, mode, agreed, notes, askAgainOn, createdAt, updatedAt } = entry;
  return { id, askedOn, answer, mode, agreed: { days: agreed.days, startDate: agreed.startDate, trialWeeks: agreed.trialWeeks, measures: agreed.measures }, notes, askAgainOn, createdAt, updatedAt };
}

export function checkOutcome(value: unknown): Checked<OutcomeEntry> {
  const result = v.safeParse(outcomeSchema, value, ONE_ISSUE_PER_FIELD);
  return result.success ? { ok: true, value: copy(result.output) } : { ok: false, error: describeIssues(result.issues, 'outcome') };
}

/** Checks what the form sends and makes a stored entry of it; `previous` keeps its id and creation time. */
export function outcomeFrom(input: unknown, now: number, previous?: OutcomeEntry): Checked<OutcomeEntry> {
  const result = v.safeParse(inputSchema, input, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'outcome') };
  const id = previous?.id ?? result.output.id ?? `o-${now.toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
  return { ok: true, value: copy({ ...result.output, id, createdAt: previous?.createdAt ?? now, updatedAt: now }) };
}

/** Newest first: by the day asked, then by when it was written down. */
export function byNewest(a: OutcomeEntry, b: OutcomeEntry): number {
  return b.askedOn.localeCompare(a.askedOn) || b.createdAt - a.createdAt;
}
