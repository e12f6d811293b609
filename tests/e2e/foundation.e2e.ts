import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launchExtension, type ExtensionSession } from './harness/extension';

const STARTER_COUNT = (JSON.parse(readFileSync(join(import.meta.dirname, '../../src/core/starter-library.json'), 'utf8')) as unknown[]).length;

describe('foundation: build, database and messaging in real Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('builds an MV3 manifest with only the storage permission and the four mail hosts', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      content_scripts: { matches: string[]; js: string[] }[];
    };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...(manifest.content_scripts[0]?.matches ?? [])].sort()).toEqual([
      'https://mail.google.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
  });

  it('shows the seeded starter points in the popup', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('rp-point').count()).toBe(STARTER_COUNT);
    await popup.close();
  });

  it('keeps a point added in the popup after a reload, and the mail page gets it from the service worker', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.getByTestId('rp-point').count()).toBe(STARTER_COUNT);
    await popup.getByTestId('rp-add').click();
    await popup.getByTestId('rp-point-title').fill('Quiet mornings for the quarterly report');
    await popup.getByTestId('rp-point-text').fill('I can finish the report for {manager} before the team logs on.');
    await popup.getByTestId('rp-point-category').selectOption('boss-motivation');
    await popup.getByTestId('rp-save').click();
    // Waiting for the saved item before reloading: a reload mid-write can lose it.
    const added = popup.getByTestId('rp-point').filter({ hasText: 'Quiet mornings for the quarterly report' });
    await expect.poll(() => added.count()).toBe(1);
    const id = await added.getAttribute('data-point-id');
    expect(id).toBeTruthy();

    await popup.reload();
    await expect.poll(() => popup.getByTestId('rp-point').count()).toBe(STARTER_COUNT + 1);
    await expect.poll(() => popup.locator(`[data-testid="rp-point"][data-point-id="${id}"]`).count()).toBe(1);

    // The mail page can't open the extension's database: its panel lists what the service worker sent.
    const mail = await session.openPage('https://mail.google.com/?compose=1');
    await mail.getByTestId('rp-launcher').first().click();
    await expect.poll(() => mail.locator(`[data-testid="rp-suggestion"][data-point-id="${id}"]`).count()).toBe(1);
    expect(await mail.getByTestId('rp-suggestion').count()).toBeGreaterThan(STARTER_COUNT / 2);
    await mail.close();
    await popup.close();
  });

  it('does nothing on a host that is not a mail site', async () => {
    const page = await session.openPage('https://www.example.org/');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-remote-pitch]').count()).toBe(0);
    await page.close();
  });
});
