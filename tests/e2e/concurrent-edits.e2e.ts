import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askExtension } from './harness/ask';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { allRowsDrawn } from './harness/popup';
import { playwrightEvents, watchedPages } from './harness/pages';

/**
 * Two places editing at once: what one saves must survive the other's save. Every form sends
 * only what it changed, so each keeps the other's change.
 */
describe('two places editing at once', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });
  const open = watchedPages(() => session.context.newPage(), playwrightEvents);
  const extensionPage = (path: string) => open(`chrome-extension://${session.extensionId}/${path}`);

  it('a fill-in saved from a compose survives a save of the fill-ins form opened before it', async () => {
    const point = await askExtension(session, 'points/create', { point: { category: 'boss-motivation', title: 'E2E for the manager', text: 'Dear {manager}, a word on Fridays.' } });
    const options = await extensionPage('src/options/index.html#profile');
    const days = options.locator('[data-testid="rp-profile-field"][name="days"]');
    await days.waitFor();

    // Meanwhile, in Gmail, inserting the point asks for the manager's name and saves it.
    const mail = await open('https://mail.google.com/?compose=1');
    await mail.getByTestId('rp-launcher').click();
    await mail.locator(`[data-testid="rp-suggestion"][data-point-id="${point.id}"]`).click();
    await mail.locator('[data-testid="rp-fill-field"][name="manager"]').fill('Morgan');
    await mail.locator('[data-testid="rp-fill-insert"]').click();
    await expect.poll(async () => (await askExtension(session, 'profile/get', {})).manager).toBe('Morgan');

    // The form still shows no manager: it loaded before. Saving it must not take the name away.
    expect(await options.locator('[data-testid="rp-profile-field"][name="manager"]').inputValue()).toBe('');
    await days.fill('Fridays');
    await options.getByTestId('rp-save').click();
    await expect.poll(() => options.getByTestId('rp-status').textContent()).toBe('Saved.');
    expect(await askExtension(session, 'profile/get', {})).toEqual({ manager: 'Morgan', days: 'Fridays' });
  });

  it('two editors of one point, in the popup and the options page, each keep their change', async () => {
    const point = await askExtension(session, 'points/create', { point: { category: 'setup', title: 'E2E spare room', text: 'A door that closes.', tags: ['home'] } });
    const editorIn = async (page: Page) => {
      await allRowsDrawn(page);
      await page.locator(`[data-testid="rp-point"][data-point-id="${point.id}"]`).getByTestId('rp-edit').click();
      await page.getByTestId('rp-point-title').waitFor();
    };
    const popup = await extensionPage('src/popup/index.html');
    const options = await extensionPage('src/options/index.html');
    await editorIn(popup);
    await editorIn(options);
    const stored = async () => (await askExtension(session, 'points/list', {})).find((p) => p.id === point.id);

    await popup.getByTestId('rp-point-title').fill('E2E spare room upstairs');
    await popup.getByTestId('rp-save').click();
    await expect.poll(async () => (await stored())?.title).toBe('E2E spare room upstairs');
    // The options page's form still holds the old title; it sends only the text it changed.
    await options.getByTestId('rp-point-text').fill('A door that closes, and a window.');
    await options.getByTestId('rp-save').click();
    await expect.poll(async () => (await stored())?.text).toBe('A door that closes, and a window.');
    expect(await stored()).toMatchObject({ title: 'E2E spare room upstairs', text: 'A door that closes, and a window.', tags: ['home'] });
  });
});
