import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { bodyIn, boxOf, insertWithMouse, openCompose, rootOf, textOf, typeAndPlaceCaret } from './harness/compose-page';
import { COMPOSE_FORMS, withQuery } from './harness/compose-forms';
import { chromiumForFile } from './harness/test-file';

/**
 * Gmail and Outlook with the interface in German, French, Japanese and Arabic (right to left), in
 * real Chromium: their labels ("Senden", "Envoyer", "送信", "إرسال", the body's and the signature
 * editor's) are translated, so only hooks that are not words can find the compose. Every form gets
 * exactly one launcher, its panel opens and a point goes in at the caret; in Arabic the panel is
 * laid out right to left.
 */

const POINT = { category: 'boss-motivation', title: 'E2E languages', text: 'I can close the report before the team logs on.' } as const;
const LANGUAGES = ['de', 'fr', 'ja', 'ar'] as const;

const { ids, open } = chromiumForFile({ point: POINT });
const pointId = () => ids.point;

describe.each(LANGUAGES)('interface in %s', (lang) => {
  it.each(COMPOSE_FORMS)('$name: one launcher, its panel, and the point at the caret', async (form) => {
    const page = await open(withQuery(form, 'lang', lang));
    const id = await openCompose(page, form);
    const root = rootOf(page, id);
    await expect.poll(() => root.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    expect(await page.locator('[data-remote-pitch]').count()).toBe(1);
    // Beside Send, not on the body: the toolbar was recognised without its words.
    expect(await root.locator('[data-remote-pitch]').getAttribute('data-slot')).not.toBe('body');
    const body = bodyIn(root);
    // Home and typing, not arrow keys, which move the other way on a right-to-left line.
    await typeAndPlaceCaret(page, body, 'world', 0);
    await page.keyboard.press('Home');
    await page.keyboard.type('Hello ');
    await insertWithMouse(root, pointId());
    await expect.poll(() => textOf(body)).toContain(`Hello ${POINT.text} world`);
  });
});

async function openStyledPanel(page: Page, root: Locator): Promise<Locator> {
  await root.locator('[data-testid="rp-launcher"]').click();
  const panel = root.locator('[data-testid="rp-panel"][data-styled]');
  await panel.waitFor();
  await expect.poll(() => root.locator(`[data-testid="rp-suggestion"][data-point-id="${pointId()}"]`).count()).toBe(1);
  return panel;
}

describe.each([
  { site: 'Gmail', url: 'https://mail.google.com/?lang=ar', open: 'openCompose' },
  { site: 'Outlook', url: 'https://outlook.office.com/?lang=ar', open: 'openCompose' },
])('$site in Arabic', (form) => {
  it('lays the panel out right to left, inside the window, with the English point still reading left to right', async () => {
    const page = await open(form.url);
    const id = await openCompose(page, form);
    const root = rootOf(page, id);
    const panel = await openStyledPanel(page, root);
    expect(await panel.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // The search box starts on the right, the close button ends the row on the left.
    const search = await boxOf(root.locator('[data-testid="rp-panel-search"]'));
    const close = await boxOf(root.locator('[data-testid="rp-panel"] .close'));
    expect(close.x + close.width).toBeLessThanOrEqual(search.x + 1);
    // The active row's mark is on its right, where the line starts.
    const active = root.locator('[data-testid="rp-suggestion"][aria-selected="true"]');
    const sides = await active.evaluate((row) => ({ start: getComputedStyle(row).borderRightWidth, end: getComputedStyle(row).borderLeftWidth }));
    expect(sides).toEqual({ start: '3px', end: '0px' });
    const title = root.locator(`[data-testid="rp-suggestion"][data-point-id="${pointId()}"] .title`);
    expect(await title.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('plaintext');
    const drawn = await boxOf(panel);
    const viewport = page.viewportSize();
    expect(viewport && drawn.x >= 0 && drawn.y >= 0 && drawn.x + drawn.width <= viewport.width && drawn.y + drawn.height <= viewport.height).toBe(true);
  });
});

it('puts the launcher on the left of Send in a right-to-left Gmail, as the toolbar runs', async () => {
  const page = await open('https://mail.google.com/?lang=ar');
  const id = await openCompose(page, { open: 'openCompose' });
  const root = rootOf(page, id);
  await expect.poll(() => root.locator('[data-testid="rp-launcher"]').count()).toBe(1);
  const launcher = await boxOf(root.locator('[data-testid="rp-launcher"]'));
  const send = await boxOf(root.locator('.T-I.aoO'));
  expect(launcher.x + launcher.width).toBeLessThanOrEqual(send.x + 1);
});
