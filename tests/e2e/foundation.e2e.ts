import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, launchExtension, type ExtensionSession } from './harness/extension';
import { composeInPage } from './harness/fixture-page';
import { OTHER_HOST } from './harness/hosts';
import { allRowsDrawn } from './harness/popup';

const STARTER_COUNT = (JSON.parse(readFileSync(join(import.meta.dirname, '../../src/core/starter-library.json'), 'utf8')) as unknown[]).length;
const GMAIL_PAGE = readFileSync(join(import.meta.dirname, '../fixtures/gmail/index.html'), 'utf8');

/**
 * How many worlds of our extension the page has: Chrome gives a content script its own
 * isolated world, named after the extension, in each page it is injected into.
 */
async function extensionWorlds(session: ExtensionSession, page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => origins.push(context.origin));
  // Runtime.enable reports every context already there before it returns.
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return origins.filter((origin) => origin === `chrome-extension://${session.extensionId}`).length;
}

describe('foundation: build, database and messaging in real Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('builds an MV3 manifest with only the storage and scripting permissions and the five mail hosts, as content script and host access', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      content_scripts: { matches: string[]; js: string[] }[];
    };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    // Host access to exactly the content script's hosts, for injecting the panel's script there.
    expect(manifest.host_permissions).toEqual(manifest.content_scripts[0]?.matches);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...(manifest.content_scripts[0]?.matches ?? [])].sort()).toEqual([
      'https://mail.google.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
  });

  it('shows the seeded starter points in the popup', async () => {
    const popup = await session.openPopup();
    await allRowsDrawn(popup);
    expect(await popup.getByTestId('rp-point').count()).toBe(STARTER_COUNT);
    await popup.close();
  });

  it('keeps a point added in the popup after a reload, and the mail page gets it from the service worker', async () => {
    const popup = await session.openPopup();
    await allRowsDrawn(popup);
    expect(await popup.getByTestId('rp-point').count()).toBe(STARTER_COUNT);
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
    await allRowsDrawn(popup);
    expect(await popup.getByTestId('rp-point').count()).toBe(STARTER_COUNT + 1);
    expect(await popup.locator(`[data-testid="rp-point"][data-point-id="${id}"]`).count()).toBe(1);

    // The mail page can't open the extension's database: its panel lists what the service worker sent.
    const mail = await session.openPage('https://mail.google.com/?compose=1');
    await mail.getByTestId('rp-launcher').first().click();
    await mail.locator('[data-testid="rp-panel"] [role="listbox"][data-rows="all"]').waitFor();
    expect(await mail.locator(`[data-testid="rp-suggestion"][data-point-id="${id}"]`).count()).toBe(1);
    expect(await mail.getByTestId('rp-suggestion').count()).toBeGreaterThan(STARTER_COUNT / 2);
    await mail.close();
    await popup.close();
  });

  it('does nothing on a host that is not a mail site, where the same page on a mail host gets its launcher', async () => {
    // The content script goes in at document_end, so by the load event page.goto waits for it is in.
    const mail = await session.openPage('https://mail.google.com/?compose=1');
    expect(await extensionWorlds(session, mail)).toBe(1);
    await expect.poll(() => mail.getByTestId('rp-launcher').count()).toBe(1);
    await mail.close();

    // The same Gmail page, served as it is from a host the manifest does not match.
    const other = await session.context.newPage();
    await other.route((url) => url.hostname === OTHER_HOST && url.pathname === '/', (route) => route.fulfill({ body: GMAIL_PAGE, contentType: 'text/html; charset=utf-8' }));
    await other.goto(`https://${OTHER_HOST}/?compose=1`);
    expect(await extensionWorlds(session, other)).toBe(0);
    const id = await other.evaluate(composeInPage, {});
    await other.locator(`[data-fixture-compose="${id}"] [role="textbox"][contenteditable="true"]`).focus();
    expect(await other.locator('[data-remote-pitch]').count()).toBe(0);
    await other.close();
  });
});
