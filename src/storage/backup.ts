/**
 * Export and import of the whole library. Import validates the complete file before it opens a
 * transaction, then writes in one transaction, so a bad file, or a failure half way, changes
 * nothing. The library it would leave must still fit a backup (`ensureFits`): every file export
 * writes imports back.
 */
import type { IDBPDatabase } from 'idb';
import { makeBackup, parseBackup, type BackupDocument } from '../core/backup-format';
import { messageOf } from '../core/errors';
import { mergeImport, type ImportPlan } from '../core/import-plan';
import { byDisplayOrder } from '../core/point-order';
import { ensureFits, LibraryFull, withChanges } from './library';
import { readMeta } from './meta';
import { byNewest } from '../core/outcome/outcome';
import { PROFILE_KEY, type PitchDB } from './schema';
import { atomically } from './transaction';

type DB = IDBPDatabase<PitchDB>;

export async function exportAll(db: DB, now: number): Promise<BackupDocument> {
  const tx = db.transaction(['points', 'profile', 'outcomes', 'rehearsals'], 'readonly');
  const [points, profile, outcomes, rehearsals] = await Promise.all([
    tx.objectStore('points').getAll(),
    tx.objectStore('profile').get(PROFILE_KEY),
    tx.objectStore('outcomes').getAll(),
    tx.objectStore('rehearsals').getAll(),
  ]);
  await tx.done;
  return makeBackup(points.sort(byDisplayOrder), profile ?? {}, new Date(now), { outcomes: outcomes.sort(byNewest), rehearsals });
}

function parsed(json: string): BackupDocument {
  const result = parseBackup(json);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

/** What `applyImport` would do with this file; throws the validation message for a bad file. */
export async function previewImport(db: DB, json: string): Promise<ImportPlan> {
  const doc = parsed(json);
  const existing = await db.getAll('points');
  const { plan, writes } = mergeImport(existing, doc.points);
  ensureFits(withChanges(existing, writes).values(), 'import this file');
  return plan;
}

/**
 * Merges the file into the library by id: new ids are added, changed ones replaced by the
 * file's version, and points only the library has are kept.
 *
 * The file's profile replaces the stored one only when it has at least one fill-in: a file
 * shared without personal details (an exported starter set, say) must not wipe the profile,
 * while restoring your own backup should bring back exactly the fill-ins it holds. Outcome entries
 * and rehearsal marks merge the same way as points: the file's version wins for the same id.
 *
 * `importId`, when given, is stored with the import in the same transaction (see
 * `importStatus`).
 */
export async function applyImport(db: DB, json: string, now: number = Date.now(), importId?: string): Promise<ImportPlan> {
  const doc = parsed(json);
  const tx = db.transaction(['points', 'profile', 'meta', 'outcomes', 'rehearsals'], 'readwrite');
  const points = tx.objectStore('points');
  try {
    return await atomically(tx, async (issue) => {
      const existing = await points.getAll();
      const { plan, writes } = mergeImport(existing, doc.points);
      ensureFits(withChanges(existing, writes).values(), 'import this file');
      for (const point of writes) issue(points.put(point));
      if (Object.keys(doc.profile).length > 0) {
        issue(tx.objectStore('profile').put(doc.profile, PROFILE_KEY));
        issue(tx.objectStore('meta').put(now, 'profileUpdatedAt'));
      }
      for (const entry of doc.outcomes) issue(tx.objectStore('outcomes').put(entry));
      for (const mark of doc.rehearsals) issue(tx.objectStore('rehearsals').put(mark));
      if (importId !== undefined) issue(tx.objectStore('meta').put({ id: importId, plan }, 'lastImport'));
      return plan;
    });
  } catch (error) {
    if (error instanceof LibraryFull) throw error;
    throw new Error(`Nothing was imported, your library is as it was: ${messageOf(error)}`, { cause: error });
  }
}

/** Whether the import named `importId` was made; one transaction, so it was made whole or not at all. */
export async function importStatus(db: DB, importId: string): Promise<{ done: false } | { done: true; plan: ImportPlan }> {
  const last = await readMeta(db.transaction('meta').store, 'lastImport');
  return last?.id === importId ? { done: true, plan: last.plan } : { done: false };
}
