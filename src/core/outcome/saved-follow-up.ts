/**
 * What the user keeps of the after-the-meeting views: their own edits to the recap and review emails
 * (null while they follow what is built), the review's results, and the trial plan's settings with
 * its stable id. Each is checked like any stored value.
 */
import * as v from 'valibot';
import { describeIssues, expected, objectMessage, ONE_ISSUE_PER_FIELD, type Checked } from '../validation';
import { RHYTHMS, type Rhythm } from '../trial/schedule';

const EMAIL_KINDS = ['recap', 'review'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export function isEmailKind(value: unknown): value is EmailKind {
  return typeof value === 'string' && (EMAIL_KINDS as readonly string[]).includes(value);
}

export interface SavedEmail {
  subject: string | null;
  body: string | null;
  /** The review email's results: `result` and `highlights`. */
  values: { result?: string; highlights?: string };
  outlook: 'outlook-work' | 'outlook-personal';
  updatedAt: number;
}

export function newEmail(): SavedEmail {
  return { subject: null, body: null, values: {}, outlook: 'outlook-work', updatedAt: 0 };
}

export interface TrialSettings {
  /** Part of every event's UID in the .ics: made once, kept, so downloads update the same events. */
  planId: string;
  rhythm: Rhythm;
  /** Local start time of the meetings, "HH:MM". */
  time: string;
  minutes: number;
}

const text = (max: number) => v.pipe(v.string(expected('text')), v.maxLength(max, (issue) => `${issue.input.length} characters is more than the limit of ${max}`));

const emailSchema = v.strictObject(
  {
    subject: v.nullable(text(500)),
    body: v.nullable(text(20_000)),
    values: v.strictObject({ result: v.optional(text(500)), highlights: v.optional(text(2000)) }, objectMessage('the results')),
    outlook: v.picklist(['outlook-work', 'outlook-personal'], expected('outlook-work or outlook-personal')),
    updatedAt: v.pipe(v.number(expected('a time in milliseconds')), v.finite(), v.minValue(0)),
  },
  objectMessage('an email'),
);

const trialSchema = v.strictObject(
  {
    planId: v.pipe(v.string(expected('text')), v.regex(/^[A-Za-z0-9-]{4,40}$/, 'is not a plan id')),
    rhythm: v.picklist(RHYTHMS, (issue) => `expected one of ${RHYTHMS.join(', ')} but found ${JSON.stringify(issue.input)}`),
    time: v.pipe(v.string(expected('a time')), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time such as 10:00')),
    minutes: v.pipe(v.number(expected('a number of minutes')), v.integer(), v.minValue(5), v.maxValue(480)),
  },
  objectMessage('the trial plan'),
);

export function checkEmail(value: unknown): Checked<SavedEmail> {
  const result = v.safeParse(emailSchema, value, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'email') };
  const { subject, body, values, outlook, updatedAt } = result.output;
  const kept: SavedEmail['values'] = {};
  if (values.result?.trim()) kept.result = values.result;
  if (values.highlights?.trim()) kept.highlights = values.highlights;
  return { ok: true, value: { subject, body, values: kept, outlook, updatedAt } };
}

export function checkTrialSettings(value: unknown): Checked<TrialSettings> {
  const result = v.safeParse(trialSchema, value, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'trial plan') };
  const { planId, rhythm, time, minutes } = result.output;
  return { ok: true, value: { planId, rhythm, time, minutes } };
}

export function newTrialSettings(random: () => number = Math.random): TrialSettings {
  const planId = Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
  return { planId, rhythm: 'two-weeks', time: '10:00', minutes: 30 };
}
