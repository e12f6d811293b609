/**
 * The backup file: what export writes, and the checks a file must pass before import may touch
 * the database. The whole file is validated first (with the rules in `validation.ts`); nothing of
 * it is kept unless every part passes.
 */
import * as v from 'valibot';
import { messageOf } from './errors';
import { LIMITS, type PitchPoint } from './point';
import type { Profile } from './profile';
import { utf8Length } from './utf8';
import { checkOutcome, OUTCOME_LIMITS, outcomeSchema, type OutcomeEntry } from './outcome/outcome';
import { checkRehearsal, rehearsalSchema, type RehearsalMark } from './rehearsal/rehearsal';
import {
  cleanProfile,
  describeIssues,
  expected,
  formatPath,
  found,
  objectMessage,
  ONE_ISSUE_PER_FIELD,
  pointSchema,
  profileSchema,
  quote,
  toPoint,
  type Checked,
} from './validation';

export const BACKUP_FORMAT = 'remote-pitch-backup';
/**
 * Version 2 added the outcome log and rehearsal progress; a version 1 file (points and profile)
 * still imports, with neither.
 * @internal Exported for its unit tests.
 */
export const BACKUP_VERSION = 2;

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO timestamp of the export. */
  exportedAt: string;
  points: PitchPoint[];
  profile: Profile;
  outcomes: OutcomeEntry[];
  rehearsals: RehearsalMark[];
}

const V1_FIELDS = {
  format: v.literal(BACKUP_FORMAT, (issue) => `expected '${BACKUP_FORMAT}' but found ${found(issue.input)}: this is not a Remote Pitch backup`),
  version: v.literal(1, expected('version 1')),
  exportedAt: v.pipe(v.string(expected('a date and time')), v.isoTimestamp(expected('an ISO date and time'))),
  points: v.array(pointSchema, expected('a list of points')),
  profile: profileSchema,
};

const documentSchemaV1 = v.strictObject(V1_FIELDS, objectMessage('a backup'));
const documentSchema = v.strictObject(
  {
    ...V1_FIELDS,
    version: v.literal(BACKUP_VERSION, expected(`version ${BACKUP_VERSION}`)),
    // A file of the current version written without them (by hand, or by another tool) has none.
    outcomes: v.optional(
      v.pipe(
        v.array(outcomeSchema, expected('a list of outcomes')),
        v.maxLength(OUTCOME_LIMITS.entries, (issue) => `${issue.input.length} outcomes is more than the ${OUTCOME_LIMITS.entries} a backup may hold`),
      ),
      [],
    ),
    rehearsals: v.optional(
      v.pipe(
        v.array(rehearsalSchema, expected('a list of rehearsal marks')),
        v.maxLength(LIMITS.points, (issue) => `${issue.input.length} rehearsal marks is more than the ${LIMITS.points} a backup may hold`),
      ),
      [],
    ),
  },
  objectMessage('a backup'),
);

/** Keys that change how plain objects behave if they are ever copied onto one. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A key can only decode to a forbidden name if the text spells it out or hides it behind a
 * \u escape. Files we write have neither, and a reviver roughly triples the time JSON.parse
 * takes on a large file, so the reviver runs only when one of these appears.
 */
const MIGHT_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/;

/** Deeper than any backup (file → points → point → tags is four), and far from any parser's limit. */
const MAX_DEPTH = 64;

/** How deep lists and objects nest in a JSON text, counted up to `MAX_DEPTH + 1`. */
function nesting(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length && deepest <= MAX_DEPTH; i += 1) {
    const char = json.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i += 1; // a backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d || char === 0x7d) depth -= 1;
  }
  return deepest;
}

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
    // A parser that recurses runs out of stack on deep nesting ("Maximum call stack size
    // exceeded", "too much recursion"): words about the engine, not the file.
    if (nesting(json) > MAX_DEPTH) {
      return { ok: false, error: `file: lists and objects in it are nested more than ${MAX_DEPTH} levels deep, where a Remote Pitch backup goes 4 levels deep at most: this is not a backup, or it is damaged` };
    }
    return { ok: false, error: `file: this is not valid JSON (${messageOf(error)})` };
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
  // Bytes, as the file's size on disk (what the popup checks before it even reads the file).
  const bytes = utf8Length(json);
  if (bytes > LIMITS.importBytes) {
    return { ok: false, error: `file: ${megabytes(bytes)} is larger than the ${megabytes(LIMITS.importBytes)} a backup may be` };
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
  const result = raw.version === 1 ? v.safeParse(documentSchemaV1, raw, ONE_ISSUE_PER_FIELD) : v.safeParse(documentSchema, raw, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'file') };
  const points = result.output.points.map(toPoint);
  const extras = 'outcomes' in result.output ? result.output : { outcomes: [], rehearsals: [] };
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
      outcomes: extras.outcomes.map((entry) => checked(checkOutcome(entry))),
      rehearsals: extras.rehearsals.map((mark) => checked(checkRehearsal(mark))),
    },
  };
}

/** A value the schema already passed, rebuilt from its known fields. */
function checked<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
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

export function megabytes(length: number): string {
  return `${(length / 1024 / 1024).toFixed(1)} MB`;
}

export function makeBackup(
  points: readonly PitchPoint[],
  profile: Profile,
  now: Date,
  extras: { outcomes?: readonly OutcomeEntry[]; rehearsals?: readonly RehearsalMark[] } = {},
): BackupDocument {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    points: points.map(toPoint),
    profile: cleanProfile(profile),
    outcomes: (extras.outcomes ?? []).map((entry) => checked(checkOutcome(entry))),
    rehearsals: (extras.rehearsals ?? []).map((mark) => checked(checkRehearsal(mark))),
  };
}

