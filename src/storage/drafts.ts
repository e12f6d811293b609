/**
 * The drafts the popup builds, one record per kind in the meta store. A stored draft is checked
 * again when read: one written by an older version, or damaged, reads as no draft rather than
 * as something the builder cannot show.
 */
import type { IDBPDatabase } from 'idb';
import { checkDraft } from '../core/draft/draft-check';
import type { DraftKind, SavedDraft } from '../core/draft/saved-draft';
import type { DraftKey, PitchDB } from './schema';

type DB = IDBPDatabase<PitchDB>;

const keyOf = (kind: DraftKind): DraftKey => `draft:${kind}`;

export async function getDraft(db: DB, kind: DraftKind): Promise<SavedDraft | null> {
  const checked = checkDraft(await db.get('meta', keyOf(kind)));
  return checked.ok ? checked.value : null;
}

/** Stores the draft as checked, stamped with the time it was saved. */
export async function saveDraft(db: DB, kind: DraftKind, draft: unknown, now: number): Promise<SavedDraft> {
  const checked = checkDraft(draft);
  if (!checked.ok) throw new Error(`Can't save this draft: ${checked.error}`);
  const saved = { ...checked.value, updatedAt: now };
  await db.put('meta', saved, keyOf(kind));
  return saved;
}
