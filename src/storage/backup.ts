/**
 * Export and import of the whole library. Import validates the complete file before it opens a
 * transaction, then writes in one transaction, so a bad file, or a failure half way, changes
 * nothing.
 */
import type { IDBPDatabase } from 'idb';
import { makeBackup, parseBackup, type BackupDocument } from '../core/backup-format';
import { mergeImport, planImport, type ImportPlan } from '../core/import-plan';
import { byDisplayOrder } from '../core/point-order';
import { byNewest } from '../core/outcome/outcome';
import { PROFILE_KEY, type PitchDB } from './schema';

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
  return planImport(await db.getAll('points'), doc.points);
}

/**
 * Merges the file into the library by id: new ids are added, changed ones replaced by the
 * file's version, and points only the library has are kept.
 *
 * The file's profile replaces the stored one only when it has at least one fill-in: a file
 * shared without personal details (an exported starter set, say) must not wipe the profile,
 * while restoring your own backup should bring back exactly the fill-ins it holds. Outcome entries
 * and rehearsal marks merge the same way as points: the file's version wins for the same id.
 */
export async function applyImport(db: DB, json: string): Promise<ImportPlan> {
  const doc = parsed(json);
  const tx = db.transaction(['points', 'profile', 'outcomes', 'rehearsals'], 'readwrite');
  const points = tx.objectStore('points');
  const { plan, writes } = mergeImport(await points.getAll(), doc.points);
  const puts: Promise<unknown>[] = writes.map((point) => points.put(point));
  if (Object.keys(doc.profile).length > 0) puts.push(tx.objectStore('profile').put(doc.profile, PROFILE_KEY));
  for (const entry of doc.outcomes) puts.push(tx.objectStore('outcomes').put(entry));
  for (const mark of doc.rehearsals) puts.push(tx.objectStore('rehearsals').put(mark));
  await Promise.all([...puts, tx.done]);
  return plan;
}
