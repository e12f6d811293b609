/**
 * The backup file: what export writes, and the checks a file must pass before import may
 * touch the database. A file is someone else's text until proven otherwise, so the whole of it
 * is validated first and every object we keep is rebuilt from checked fields.
 */
import * as v from 'valibot';
import { CATEGORY_IDS } from './categories';
import { LIMITS, normaliseTags, POINT_ORIGINS, POINT_USES, type PitchPoint } from './point';
import { PROFILE_KEYS, type Profile } from './profile';

export const BACKUP_FORMAT = 'remote-pitch-backup';
export const BACKUP_VERSION = 1;

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO timestamp of the export. */
  exportedAt: string;
  points: PitchPoint[];
  profile: Profile;
}

/** What an import would do, counted by point id. Existing points absent from the file are untouched. */
export interface ImportPlan {
  adds: number;
  updates: number;
  untouched: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

// ---------------------------------------------------------------------------------------------
// Messages. Each says what was found, because the person reading it is looking at their file.

function found(input: unknown): string {
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

function quote(text: string): string {
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

const expected = (what: string) => (issue: { input: unknown }) => `expected ${what} but found ${found(issue.input)}`;

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
const objectMessage = (of: string, known = '') => (issue: { input: unknown; expected: string | null }) => {
  if (issue.expected === 'never') return `is not a field of ${of}${known}`;
  if (issue.input === undefined) return 'is missing';
  return `expected ${of} but found ${found(issue.input)}`;
};

const pointSchema = v.strictObject(POINT_FIELDS, objectMessage('a point'));

const PROFILE_FIELDS = Object.fromEntries(PROFILE_KEYS.map((key) => [key, v.optional(text(LIMITS.profileValueLength))]));

/** In a file an unknown fill-in is an error, since it means the file is not what we wrote. */
const profileSchema = v.strictObject(PROFILE_FIELDS, objectMessage('the profile', ` (known fields: ${PROFILE_KEYS.join(', ')})`));

/** From the popup an unknown key is dropped: an older form may still send a field we removed. */
const looseProfileSchema = v.object(PROFILE_FIELDS, objectMessage('the profile'));

const documentSchema = v.strictObject(
  {
    format: v.literal(BACKUP_FORMAT, (issue) => `expected '${BACKUP_FORMAT}' but found ${found(issue.input)}: this is not a Remote Pitch backup`),
    version: v.literal(BACKUP_VERSION, expected(`version ${BACKUP_VERSION}`)),
    exportedAt: v.pipe(v.string(expected('a date and time')), v.isoTimestamp(expected('an ISO date and time'))),
    points: v.array(pointSchema, expected('a list of points')),
    profile: profileSchema,
  },
  objectMessage('a backup'),
);

// ---------------------------------------------------------------------------------------------
// Issue paths → "points[12].category".

function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
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
const ONE_ISSUE_PER_FIELD = { abortPipeEarly: true } as const;

/** `whole` names the checked value itself when the first problem is at its top level. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[], whole: string): string {
  const [first] = issues;
  if (!first) return `${whole}: not valid`;
  const place = formatPath(first.path) || whole;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
  return `${place}: ${first.message}${more}`;
}

// ---------------------------------------------------------------------------------------------
// Parsing.

/** Keys that change how plain objects behave if they are ever copied onto one. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A key can only decode to a forbidden name if the text spells it out or hides it behind a
 * \u escape. Files we write have neither, and a reviver roughly triples the time JSON.parse
 * takes on a large file, so the reviver runs only when one of these appears.
 */
const MIGHT_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/;

function parseJson(json: string): Checked<unknown> {
  let forbidden: { key: string; holder: object } | undefined;
  let value: unknown;
  try {
    value = !MIGHT_HOLD_FORBIDDEN_KEY.test(json)
      ? JSON.parse(json)
      : JSON.parse(json, function (this: unknown, key: string, item: unknown) {
          // JSON.parse makes these own data properties, harmless here; the danger is a later
          // spread or assignment. The holder is kept so the message can say where the key was.
          if (!forbidden && FORBIDDEN_KEYS.has(key) && !Array.isArray(this)) forbidden = { key, holder: this as object };
          return item;
        });
  } catch (error) {
    return { ok: false, error: `file: this is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (forbidden) {
    const { key, holder } = forbidden;
    const place = formatPath([...(pathTo(value, holder) ?? []), pathItem(holder, key, undefined)]);
    return { ok: false, error: `${place}: a key named '${key}' is not allowed in a backup, because it can change how objects behave` };
  }
  return { ok: true, value };
}

/** Where `target` sits inside `root`, as issue path items; only used to word an error. */
function pathTo(root: unknown, target: object): v.IssuePathItem[] | undefined {
  const stack: { node: unknown; path: v.IssuePathItem[] }[] = [{ node: root, path: [] }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, path } = entry;
    if (node === target) return path;
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) stack.push({ node: child, path: [...path, pathItem(node, key, child)] });
  }
  return undefined;
}

/** Only `key` is read by formatPath; the rest satisfies the path item's shape. */
function pathItem(holder: object, key: string, value: unknown): v.IssuePathItem {
  return { type: 'unknown', origin: 'value', input: holder, key: Array.isArray(holder) ? Number(key) : key, value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a backup file's text completely. Nothing in it may reach the database unless this
 * returns ok; the error names the first place that is wrong, e.g. `points[12].category: …`.
 */
export function parseBackup(json: string): { ok: true; doc: BackupDocument } | { ok: false; error: string } {
  if (json.length > LIMITS.importBytes) {
    return { ok: false, error: `file: ${megabytes(json.length)} is larger than the ${megabytes(LIMITS.importBytes)} a backup may be` };
  }
  const parsed = parseJson(json);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (!isRecord(raw)) return { ok: false, error: `file: expected a Remote Pitch backup object but found ${found(raw)}` };
  // Format and version come first so a file from elsewhere, or from a newer release, gets the
  // message that explains it rather than a list of fields we don't recognise.
  if (raw.format !== BACKUP_FORMAT) {
    return { ok: false, error: `format: expected '${BACKUP_FORMAT}' but found ${found(raw.format)}: this is not a Remote Pitch backup` };
  }
  if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `version: this backup was made by a newer Remote Pitch (format ${raw.version}; this one reads up to ${BACKUP_VERSION}). Update the extension, then import it again.`,
    };
  }
  if (Array.isArray(raw.points) && raw.points.length > LIMITS.points) {
    return { ok: false, error: `points: ${raw.points.length} points is more than the ${LIMITS.points} a backup may hold` };
  }
  const result = v.safeParse(documentSchema, raw, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'file') };
  const points = result.output.points.map(toPoint);
  const duplicate = firstDuplicateId(points);
  if (duplicate) {
    return { ok: false, error: `points[${duplicate.at}].id: ${quote(duplicate.id)} is already used by points[${duplicate.first}]` };
  }
  return {
    ok: true,
    doc: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: result.output.exportedAt,
      points,
      profile: cleanProfile(result.output.profile),
    },
  };
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
function toPoint(input: CheckedPoint | PitchPoint): PitchPoint {
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

function firstDuplicateId(points: readonly PitchPoint[]): { id: string; first: number; at: number } | undefined {
  const seen = new Map<string, number>();
  for (const [at, point] of points.entries()) {
    const first = seen.get(point.id);
    if (first !== undefined) return { id: point.id, first, at };
    seen.set(point.id, at);
  }
  return undefined;
}

function megabytes(length: number): string {
  return `${(length / 1024 / 1024).toFixed(1)} MB`;
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

// ---------------------------------------------------------------------------------------------
// Export and merge.

export function makeBackup(points: readonly PitchPoint[], profile: Profile, now: Date): BackupDocument {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    points: points.map(toPoint),
    profile: cleanProfile(profile),
  };
}

const POINT_KEYS = Object.keys(POINT_FIELDS) as (keyof PitchPoint)[];

/** Field-by-field equality; tags and use compare in order, as the user arranged them. */
export function samePoint(a: PitchPoint, b: PitchPoint): boolean {
  return POINT_KEYS.every((key) => {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => item === y[i]);
    return x === y;
  });
}

/**
 * Merges a file's points into the stored ones by id: the file's version wins for an id both
 * have; ids only the database has are kept. `writes` is what the store must put.
 */
export function mergeImport(existing: readonly PitchPoint[], incoming: readonly PitchPoint[]): { plan: ImportPlan; writes: PitchPoint[] } {
  const byId = new Map(existing.map((point) => [point.id, point]));
  const writes: PitchPoint[] = [];
  let adds = 0;
  let updates = 0;
  for (const point of incoming) {
    const current = byId.get(point.id);
    if (current && samePoint(current, point)) continue;
    if (current) updates += 1;
    else adds += 1;
    writes.push(point);
  }
  return { plan: { adds, updates, untouched: existing.length - updates }, writes };
}

export function planImport(existing: readonly PitchPoint[], incoming: readonly PitchPoint[]): ImportPlan {
  return mergeImport(existing, incoming).plan;
}
