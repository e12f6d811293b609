import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { bodyIn, boxOf, insertWithMouse, openCompose, rootOf, textOf, typeAndPlaceCaret } from './harness/compose-page';
import { chromiumForFile } from './harness/test-file';

/**
 * When the site changes under us, in real Chromium. A Send row the adapter no longer knows
 * (Gmail's toolbar no table row, Outlook's split Send without its ids) still gets the launcher right
 * after Send; a compose whose toolbar is not recognised at all gets a small launcher on its body,
 * which keeps clear of the caret, and the shortcut still works. Settings say, per site, whether the
 * mail tab's composes were found.
 */

const POINT = { category: 'boss-motivation', title: 'E2E drift', text: 'I can close the report before the team logs on.' } as const;

const { session, ids, open } = chromiumForFile({ point: POINT });

async function composeOn(page: Page, open = 'openCompose'): Promise<{ id: string; root: Locator; body: Locator }> {
  const id = await openCompose(page, { open });
  const root = rootOf(page, id);
  return { id, root, body: bodyIn(root) };
}

describe('a Send row the adapter no longer knows', () => {
  it('Gmail without a table row: the launcher sits right after Send and its ▾ half, in the row', async () => {
    const page = await open('https://mail.google.com/?drift=row');
    const { root, body } = await composeOn(page);
    const launcher = root.locator('[data-testid="rp-launcher"]');
    await expect.poll(() => launcher.count()).toBe(1);
    expect(await root.locator('.btC > [data-remote-pitch]').count()).toBe(1);
    const group = await boxOf(root.locator('.dC'));
    const drawn = await boxOf(launcher);
    expect(drawn.x).toBeGreaterThanOrEqual(group.x + group.width - 1);
    expect(drawn.x).toBeLessThan(group.x + group.width + 24);
    expect(drawn.y).toBeLessThan(group.y + group.height);
    expect(drawn.y + drawn.height).toBeGreaterThan(group.y);
    await typeAndPlaceCaret(page, body, 'Hello world', 'world'.length);
    await insertWithMouse(root, ids.point);
    await expect.poll(() => textOf(body)).toContain(`Hello ${POINT.text} world`);
  });

  it('Outlook split Send without its ids: the launcher sits after the ▾ half, not between the two', async () => {
    const page = await open('https://outlook.office.com/?drift=row');
    const { root } = await composeOn(page);
    const launcher = root.locator('[data-testid="rp-launcher"]');
    await expect.poll(() => launcher.count()).toBe(1);
    const menu = await boxOf(root.locator('button[aria-haspopup="menu"]'));
    const drawn = await boxOf(launcher);
    expect(drawn.x).toBeGreaterThanOrEqual(menu.x + menu.width - 1);
    expect(drawn.x).toBeLessThan(menu.x + menu.width + 24);
    expect(await root.locator('.fui-SplitButton [data-remote-pitch]').count()).toBe(0);
  });
});

describe.each([
  { site: 'Gmail', url: 'https://mail.google.com/?drift=nosend' },
  { site: 'Outlook', url: 'https://outlook.office.com/?drift=nosend' },
])('$site compose whose toolbar is not recognised', ({ url }) => {
  it('gets a small launcher on its body, in the top end corner, that inserts', async () => {
    const page = await open(url);
    const { root, body } = await composeOn(page);
    const host = root.locator('[data-remote-pitch]');
    await expect.poll(() => host.getAttribute('data-slot')).toBe('body');
    const area = await boxOf(body);
    const drawn = await boxOf(root.locator('[data-testid="rp-launcher"]'));
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(area.x + area.width);
    expect(drawn.x + drawn.width).toBeGreaterThan(area.x + area.width - 24);
    expect(drawn.y).toBeGreaterThanOrEqual(area.y);
    expect(drawn.y).toBeLessThan(area.y + 24);
    expect(await body.locator('[data-remote-pitch]').count()).toBe(0);
    await typeAndPlaceCaret(page, body, 'Hello world', 'world'.length);
    await insertWithMouse(root, ids.point);
    await expect.poll(() => textOf(body)).toContain(`Hello ${POINT.text} world`);
  });

  it('keeps the launcher off the caret as the first line reaches its corner', async () => {
    const page = await open(url);
    const { root, body } = await composeOn(page);
    const launcher = root.locator('[data-testid="rp-launcher"]');
    await expect.poll(() => root.locator('[data-remote-pitch]').getAttribute('data-slot')).toBe('body');
    const corner = await boxOf(launcher);
    await body.focus();
    const caret = () => page.evaluate(() => {
      const rect = getSelection()?.getRangeAt(0).getBoundingClientRect();
      return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    });
    // One long word: the caret walks along the first line towards the corner the launcher is in.
    for (let typed = 0; typed < 400; typed += 1) {
      await page.keyboard.type('m');
      const at = await caret();
      if (at && at.x + 2 >= corner.x && at.y < corner.y + corner.height) break;
    }
    await expect.poll(async () => (await boxOf(launcher)).y).toBeGreaterThan(corner.y + corner.height);
    const at = await caret();
    const drawn = await boxOf(launcher);
    expect(at && at.y + at.height > drawn.y && at.y < drawn.y + drawn.height && at.x + 2 >= drawn.x && at.x <= drawn.x + drawn.width).toBe(false);
  });

  it('opens its panel with Alt+Shift+P and inserts with Enter', async () => {
    const page = await open(url);
    const { root, body } = await composeOn(page);
    await typeAndPlaceCaret(page, body, 'Dear Sam,', 0);
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => root.locator('[data-testid="rp-panel"]').count()).toBe(1);
    await page.keyboard.type('report before the team');
    await expect.poll(() => root.locator('[data-testid="rp-suggestion"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(body)).toContain(`Dear Sam, ${POINT.text}`);
  });
});

describe('settings', () => {
  /** The popup's settings as they speak for the mail tab the user was on last. */
  async function statusFor(page: Page): Promise<{ site: string | null; status: string | null; text: string | null }> {
    await page.bringToFront();
    const popup = await session().openPopup();
    try {
      await popup.getByTestId('rp-tab-settings').click();
      const line = popup.getByTestId('rp-site-status');
      await line.waitFor();
      return { site: await line.getAttribute('data-site'), status: await line.getAttribute('data-status'), text: await line.textContent() };
    } finally {
      await popup.close();
    }
  }

  it('say per site whether the mail tab is working, partly detected, or not detected', async () => {
    const working = await open('https://outlook.office.com/?compose=1');
    await expect.poll(() => working.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    expect(await statusFor(working)).toMatchObject({ site: 'outlook', status: 'working' });

    const partly = await open('https://mail.google.com/?compose=1&drift=nosend');
    await expect.poll(() => partly.locator('[data-remote-pitch][data-slot="body"]').count()).toBe(1);
    const found = await statusFor(partly);
    expect(found).toMatchObject({ site: 'gmail', status: 'partial' });
    expect(found.text).toMatch(/partly detected on this page/i);

    const none = await open('https://mail.google.com/unknown');
    await none.waitForSelector('.late-editor', { state: 'attached' });
    const missing = await statusFor(none);
    expect(missing).toMatchObject({ site: 'gmail', status: 'none' });
    expect(missing.text).toMatch(/not detected on this page/i);
  });
});
