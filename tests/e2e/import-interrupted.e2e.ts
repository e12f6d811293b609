import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument } from '../../src/core/backup-format';
import { LIMITS } from '../../src/core/point';
import { samplePoints } from '../../scripts/bench/sample-points';
import { askExtension } from './harness/ask';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { allRowsDrawn } from './harness/popup';

const DONE = /^The import was interrupted \(Remote Pitch's background stopped\), but it had finished: it added (\d+) points and updated 0\.$/;
const NOT_DONE = /^The import was interrupted \(Remote Pitch's background stopped\) before it finished, so none of it was kept: your library is as it was\. Import the file again\. \(/;

describe('the service worker stopped in the middle of an import', () => {
  let session: ExtensionSession;
  const folder = mkdtempSync(join(tmpdir(), 'rp-interrupted-'));
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('leaves the import whole or not made at all, and the popup says which', { timeout: 240_000 }, async () => {
    const before = await askExtension(session, 'data/export', {});
    // As large an import as the library has room for: the worker is busy with it long enough to be stopped mid-way.
    const count = LIMITS.points - before.points.length;
    const doc: BackupDocument = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), points: samplePoints(count, 'cut'), profile: {}, outcomes: [], rehearsals: [] };
    const file = join(folder, 'large.json');
    await writeFile(file, JSON.stringify(doc));

    const popup = await session.openPopup();
    await allRowsDrawn(popup);
    await popup.getByTestId('rp-import').setInputFiles(file);
    await expect.poll(() => popup.getByTestId('rp-import-plan').textContent(), { timeout: 120_000 }).toContain(`adds ${count}`);
    await popup.getByTestId('rp-import-confirm').click();
    await session.stopServiceWorker();

    // The popup asks the worker (started again for it) whether the import was made, and says so.
    const said = async () => ((await popup.getByTestId('rp-error').count()) > 0 ? popup.getByTestId('rp-error').textContent() : popup.getByTestId('rp-backup-status').textContent());
    await expect.poll(async () => (await said()) ?? '', { timeout: 120_000 }).toMatch(new RegExp(`${DONE.source}|${NOT_DONE.source}`));
    const message = (await said()) ?? '';
    const after = await askExtension(session, 'data/export', {});
    if (NOT_DONE.test(message)) {
      expect(after.points).toEqual(before.points);
      // The file is still offered, to import again.
      expect(await popup.getByTestId('rp-import-confirm').count()).toBe(1);
    } else {
      expect(after.points).toHaveLength(LIMITS.points);
      expect(message.match(DONE)?.[1]).toBe(String(count));
    }
    // Whole or nothing: never some of the file's points without the others.
    const imported = after.points.filter((point) => point.id.startsWith('cut-')).length;
    expect([0, count]).toContain(imported);
    await popup.close();
  });
});
