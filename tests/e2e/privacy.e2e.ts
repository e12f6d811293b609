import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askExtension } from './harness/ask';
import { launchExtension } from './harness/extension';
import { isFixtureFile } from './harness/fixture-files';
import { allRowsDrawn } from './harness/popup';
import { readNetLog, requestsLeavingTheBrowser } from './harness/net-log';

/** Runs `walk` in a browser that writes a net log, and returns the requests our extension caused. */
async function extensionRequestsDuring(walk: (session: Awaited<ReturnType<typeof launchExtension>>) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'rp-netlog-'));
  const logPath = join(dir, 'net.json');
  const session = await launchExtension({ extraArgs: [`--log-net-log=${logPath}`] });
  const { extensionId } = session;
  try {
    await walk(session);
  } finally {
    // The net log is complete only once the browser has exited.
    await session.close();
  }
  const offending = requestsLeavingTheBrowser(readNetLog(logPath), extensionId, isFixtureFile);
  rmSync(dir, { recursive: true, force: true });
  return offending;
}

describe('privacy: nothing leaves the browser', () => {
  it('makes no network request through popup, import, compose, insert and coach', async () => {
    const offending = await extensionRequestsDuring(async (session) => {
      const popup = await session.openPopup();
      await allRowsDrawn(popup);
      expect(await popup.getByTestId('rp-point').count()).toBeGreaterThan(40);

      const backup = {
        format: 'remote-pitch-backup',
        version: 1,
        exportedAt: '2026-11-25T10:00:00.000Z',
        profile: { manager: 'Sam', days: 'Tuesdays and Thursdays', metric: 'tickets closed per week' },
        points: [{
          id: 'privacy-walk', category: 'performance-indicator', title: 'Tickets closed',
          text: 'I will keep closing at least 40 tickets per week, measured in the tracker.',
          tags: ['metrics'], use: ['email'], order: 0, createdAt: 1, updatedAt: 1, usedCount: 0, origin: 'user',
        }],
      };
      await popup.getByTestId('rp-import').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
      await popup.getByTestId('rp-import-confirm').click();
      await expect.poll(() => popup.locator('[data-testid="rp-point"][data-point-id="privacy-walk"]').count()).toBe(1);

      const mail = await session.openPage('https://mail.google.com/?compose=1');
      await mail.getByTestId('rp-launcher').first().click();
      await expect.poll(() => mail.getByTestId('rp-coach').count()).toBeGreaterThan(0);
      await mail.locator('[data-testid="rp-suggestion"][data-point-id="privacy-walk"]').click();
      await expect.poll(() => mail.evaluate(() => document.querySelector('[g_editable="true"]')?.textContent ?? '')).toContain('40 tickets per week');
      // The walk ends once what the insertion set off is done: the use recorded, and the coach's
      // look at the new draft back on the launcher's badge.
      await expect.poll(async () => (await askExtension(session, 'points/list', {})).find((point) => point.id === 'privacy-walk')?.usedCount).toBe(1);
      await expect.poll(() => mail.getByTestId('rp-badge').textContent()).toMatch(/^[1-8]\/8$/);
    });
    expect(offending).toEqual([]);
  });

  it('would catch a request made by the service worker', async () => {
    const offending = await extensionRequestsDuring(async (session) => {
      const worker = await session.serviceWorker();
      await worker.evaluate(() => fetch('https://www.example.org/ping').catch(() => undefined));
    });
    expect(offending.map((r) => r.url)).toEqual(['https://www.example.org/ping']);
  });

  it('would catch a request made from a mail page that is not one of its files', async () => {
    const offending = await extensionRequestsDuring(async (session) => {
      const mail = await session.openPage('https://mail.google.com/');
      await mail.evaluate(() => fetch('/collect?draft=secret').catch(() => undefined));
    });
    expect(offending.map((r) => r.url)).toEqual(['https://mail.google.com/collect?draft=secret']);
  });
});
