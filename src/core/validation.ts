/**
 * The rules every stored point and profile obeys, checked on every write (the popup's forms, the
 * compose's fill-ins, the starter library, an imported file), so the store never holds what it
 * could not export and import again. A value is someone else's until proven otherwise: every
 * object kept is rebuilt from checked fields. Each message says what was found, because the person
 * reading it is looking at their own data.
 */
import * as v from 'valibot';
import { CATEGORY_IDS } from './categories';
import { LIMITS, normaliseTags, POINT_ORIGINS, POINT_USES, type PitchPoint } from './point';
import { PROFILE_KEYS, type Profile } from './profile';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export function found(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string':
      return `the text ${quote(input)}`;
    case 'number':
      return `the number ${String(input)}`;
    case 'boolean':
      return String(input);
    case 'undefined':
      return 'nothing';
    default:
      return 'an object';
  }
}

export function quote(text: string): string {
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

export const expected = (what: string) => (issue: { input: unknown }) => `expected ${what} but found ${found(issue.input)}`;

function text(max: number) {
  return v.pipe(
    v.string(expected('text')),
    v.maxLength(max, (issue) => `${issue.input.length} characters is more than the limit of ${max}`),
  );
}

function timestamp() {
  return v.pipe(
    v.number(expected('a time in milliseconds')),
    v.finite(expected('a time in milliseconds')),
    v.minValue(0, expected('a time that is not negative')),
  );
}

function oneOf<const T extends readonly [string, ...string[]]>(options: T) {
  return v.picklist(options, (issue) =>
    typeof issue.input === 'string' ? `${quote(issue.input)} is not one of ${options.join(', ')}` : `expected one of ${options.join(', ')} but found ${found(issue.input)}`,
  );
}

/** Letters, digits and a little punctuation: ids end up in DOM attributes and message payloads. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

const POINT_FIELDS = {
  id: v.pipe(
    v.string(expected('text')),
    v.nonEmpty('must not be empty'),
    v.maxLength(LIMITS.idLength, (issue) => `${issue.input.length} characters is more than the limit of ${LIMITS.idLength}`),
    v.regex(ID_PATTERN, (issue) => `${quote(issue.input)} may only use letters, digits, '-', '_', '.' and ':', starting with a letter or digit`),
  ),
  category: oneOf(CATEGORY_IDS),
  title: v.pipe(text(LIMITS.titleLength), v.check((title) => title.trim() !== '', 'must not be empty')),
  text: text(LIMITS.textLength),
  objection: v.optional(text(LIMITS.objectionLength)),
  tags: v.pipe(
    v.array(text(LIMITS.tagLength), expected('a list of tags')),
    v.maxLength(LIMITS.tags, (issue) => `${issue.input.length} tags is more than the limit of ${LIMITS.tags}`),
  ),
  evidence: v.optional(text(LIMITS.evidenceLength)),
  use: v.pipe(
    v.array(oneOf(POINT_USES), expected(`a list of ${POINT_USES.join(', ')}`)),
    v.check((uses) => new Set(uses).size === uses.length, 'lists the same use twice'),
  ),
  order: v.pipe(v.number(expected('a number')), v.finite(expected('a finite number'))),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  usedCount: v.pipe(
    v.number(expected('a count')),
    v.integer(expected('a whole number')),
    v.minValue(0, expected('a count that is not negative')),
  ),
  lastUsedAt: v.optional(timestamp()),
  origin: oneOf(POINT_ORIGINS),
  onMeetingCard: v.optional(v.boolean(expected('true or false'))),
} satisfies Record<keyof PitchPoint, v.GenericSchema>; // a field added to PitchPoint must be added here

/** A strict object reports three things through one message: an unknown key, a missing one, a non-object. */
export const objectMessage = (of: string, known = '') => (issue: { input: unknown; expected: string | null }) => {
  if (issue.expected === 'never') return `is not a field of ${of}${known}`;
  if (issue.input === undefined) return 'is missing';
  return `expected ${of} but found ${found(issue.input)}`;
};

export const pointSchema = v.strictObject(POINT_FIELDS, objectMessage('a point'));

const PROFILE_FIELDS = Object.fromEntries(PROFILE_KEYS.map((key) => [key, v.optional(text(LIMITS.profileValueLength))]));

/** In a file an unknown fill-in is an error, since it means the file is not what we wrote. */
export const profileSchema = v.strictObject(PROFILE_FIELDS, objectMessage('the profile', ` (known fields: ${PROFILE_KEYS.join(', ')})`));

/** From the popup an unknown key is dropped: an older form may still send a field we removed. */
const looseProfileSchema = v.object(PROFILE_FIELDS, objectMessage('the profile'));

// Issue paths → "points[12].category".
export function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** An empty id is not also "not starting with a letter": each field reports its first problem only. */
export const ONE_ISSUE_PER_FIELD = { abortPipeEarly: true } as const;

/** `whole` names the checked value itself when the first problem is at its top level. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], whole: string): string {
  const [first] = issues;
  if (!first) return `${whole}: not valid`;
  const place = formatPath(first.path) || whole;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
  return `${place}: ${first.message}${more}`;
}

/**
 * Checks one point against the same rules a backup file obeys, so the store never holds a
 * point it could not export and import again. The error names the field, e.g. `title: …`.
 */
export function checkPoint(value: unknown): Checked<PitchPoint> {
  const result = v.safeParse(pointSchema, value, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'point') };
  return { ok: true, value: toPoint(result.output) };
}

/** Checks the fill-ins a form sends: known values must be text within the limit; others are dropped. */
export function checkProfile(value: unknown): Checked<Profile> {
  const result = v.safeParse(looseProfileSchema, value, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'profile') };
  return { ok: true, value: cleanProfile(result.output) };
}

type CheckedPoint = v.InferOutput<typeof pointSchema>;

/**
 * A fresh object with only known fields, so nothing else a file carried survives, and an
 * optional field left undefined in the store is not exported as a key the reader must skip.
 */
export function toPoint(input: CheckedPoint | PitchPoint): PitchPoint {
  const point: PitchPoint = {
    id: input.id,
    category: input.category,
    title: input.title,
    text: input.text,
    tags: normaliseTags(input.tags),
    use: [...input.use],
    order: input.order,
    createdAt: input.createdAt,
    updatedAt: input.updatedAt,
    usedCount: input.usedCount,
    origin: input.origin,
  };
  if (input.objection !== undefined) point.objection = input.objection;
  if (input.evidence !== undefined) point.evidence = input.evidence;
  if (input.lastUsedAt !== undefined) point.lastUsedAt = input.lastUsedAt;
  if (input.onMeetingCard !== undefined) point.onMeetingCard = input.onMeetingCard;
  return point;
}

/**
 * Only known keys with non-blank text, trimmed. Reads with hasOwn and builds a fresh object, so
 * neither inherited properties nor odd keys carry over.
 */
export function cleanProfile(profile: Readonly<Record<string, unknown>>): Profile {
  const clean: Profile = {};
  for (const key of PROFILE_KEYS) {
    const value = Object.hasOwn(profile, key) ? profile[key] : undefined;
    if (typeof value === 'string' && value.trim() !== '') clean[key] = value.trim();
  }
  return clean;
}

export const POINT_KEYS = Object.keys(POINT_FIELDS) as (keyof PitchPoint)[];

