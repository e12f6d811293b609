import type { CategoryId } from '../../core/categories';
import { normaliseTags, type NewPoint, type PitchPoint } from '../../core/point';
import type { PointChanges } from '../../core/point';

/** What the point form edits: plain strings, so every field is a controlled input. */
export interface PointDraft {
  category: CategoryId;
  title: string;
  text: string;
  objection: string;
  evidence: string;
  /** Comma-separated, as typed. */
  tags: string;
  onMeetingCard: boolean;
}

export function emptyDraft(category: CategoryId): PointDraft {
  return { category, title: '', text: '', objection: '', evidence: '', tags: '', onMeetingCard: false };
}

export function draftFrom(point: PitchPoint): PointDraft {
  return {
    category: point.category,
    title: point.title,
    text: point.text,
    objection: point.objection ?? '',
    evidence: point.evidence ?? '',
    tags: point.tags.join(', '),
    onMeetingCard: point.onMeetingCard === true,
  };
}

/** @internal Exported for its unit tests. */
export function parseTags(typed: string): string[] {
  return normaliseTags(typed.split(','));
}

/** Only objection answers carry an objection; a category change away from them drops it. */
function objectionOf(draft: PointDraft): string | undefined {
  return draft.category === 'objection-answer' && draft.objection.trim() ? draft.objection.trim() : undefined;
}

export function newPointFrom(draft: PointDraft): NewPoint {
  const point: NewPoint = {
    category: draft.category,
    title: draft.title.trim(),
    text: draft.text.trim(),
    tags: parseTags(draft.tags),
    onMeetingCard: draft.onMeetingCard,
  };
  const objection = objectionOf(draft);
  if (objection) point.objection = objection;
  if (draft.evidence.trim()) point.evidence = draft.evidence.trim();
  return point;
}

/**
 * The whole editable state of the draft. Cleared optional fields are sent as empty strings:
 * a missing key would mean "leave as it was", and the user asked for them to go.
 */
function changesFrom(draft: PointDraft): PointChanges {
  return {
    category: draft.category,
    title: draft.title.trim(),
    text: draft.text.trim(),
    tags: parseTags(draft.tags),
    objection: objectionOf(draft) ?? '',
    evidence: draft.evidence.trim(),
    onMeetingCard: draft.onMeetingCard,
  };
}

const sameChange = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, i) => item === b[i]) : a === b;

/**
 * Only the fields the user changed since the form opened on `before`. Sending every field would
 * put back, in each one, the value this form was opened with: a second window's edit saved
 * meanwhile would be lost.
 */
export function changesBetween(before: PointDraft, after: PointDraft): PointChanges {
  const from = changesFrom(before) as Record<string, unknown>;
  const to = changesFrom(after) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(to).filter(([key, value]) => !sameChange(value, from[key]))) as PointChanges;
}
