/**
 * The rules a saved draft obeys, checked when the popup sends one and again when one is read back
 * (an older version may have written it). Kept apart from the draft model so that the popup, which
 * only builds drafts, does not bundle the validation library.
 */
import * as v from 'valibot';
import { describeIssues, expected, ONE_ISSUE_PER_FIELD, objectMessage, type Checked } from '../validation';
import { DRAFT_FIELDS, type DraftField } from './build';
import { COMPOSE_TARGETS } from './compose-links';
import { DRAFT_LIMITS, type SavedDraft } from './saved-draft';
import { DRAFT_MODES } from './statutory-rules';
import { DRAFT_LENGTHS, DRAFT_TONES } from './wording.en';

const text = (max: number) =>
  v.pipe(
    v.string(expected('text')),
    v.maxLength(max, (issue) => `${issue.input.length} characters is more than the limit of ${max}`),
  );
const picked = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.picklist(options, (issue) => `expected one of ${options.join(', ')} but found ${JSON.stringify(issue.input)}`);

const draftSchema = v.strictObject(
  {
    tone: picked(DRAFT_TONES),
    length: picked(DRAFT_LENGTHS),
    mode: picked(DRAFT_MODES),
    chosen: v.nullable(v.pipe(v.array(text(DRAFT_LIMITS.id), expected('a list of point ids')), v.maxLength(DRAFT_LIMITS.chosen, 'lists too many points'))),
    previousRequest: v.boolean(expected('true or false')),
    sendDate: v.union([v.literal(''), v.pipe(v.string(), v.isoDate(expected('a date (yyyy-mm-dd) or nothing')))], expected('a date (yyyy-mm-dd) or nothing')),
    values: v.strictObject(
      Object.fromEntries(DRAFT_FIELDS.map((field) => [field, v.optional(text(DRAFT_LIMITS.value))])) as Record<DraftField, v.OptionalSchema<ReturnType<typeof text>, undefined>>,
      objectMessage('the draft details', ` (known: ${DRAFT_FIELDS.join(', ')})`),
    ),
    outlook: picked(COMPOSE_TARGETS.filter((target): target is SavedDraft['outlook'] => target.startsWith('outlook-')) as [SavedDraft['outlook'], ...SavedDraft['outlook'][]]),
    subject: v.nullable(text(DRAFT_LIMITS.subject)),
    body: v.nullable(text(DRAFT_LIMITS.body)),
    updatedAt: v.pipe(v.number(expected('a time in milliseconds')), v.finite(), v.minValue(0)),
  },
  objectMessage('a draft'),
);

/** Checks a draft sent to be saved, or read back from the store; the message names the first bad field. */
export function checkDraft(value: unknown): Checked<SavedDraft> {
  const result = v.safeParse(draftSchema, value, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'draft') };
  const values: SavedDraft['values'] = {};
  for (const field of DRAFT_FIELDS) {
    const value = result.output.values[field];
    if (value?.trim()) values[field] = value;
  }
  return { ok: true, value: { ...result.output, chosen: result.output.chosen && [...result.output.chosen], values } };
}

