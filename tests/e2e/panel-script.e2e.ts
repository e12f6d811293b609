import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { askExtension } from './harness/ask';
import { bodyIn, openCompose, rootOf, textOf } from './harness/compose-page';
import { playwrightEvents, watchedPages } from './harness/pages';

/**
 * The panel's script (panel.js) comes once a compose shows: a mail page loads content.js alone, and
 * the worker injects the rest into the content scripts' isolated world when the page is next idle
 * after a compose appears, or sooner at the first sign the user wants it (the pointer over the
 * launcher, focus on it, the shortcut, a click, typing). Looked at from that world itself, through
 * DevTools: its kit is not there in a page with no compose, and is once one shows.
 */

const POINT = { category: 'boss-motivation', title: 'E2E lazy panel', text: 'I finish the weekly report before the team is online.' } as const;

let session: ExtensionSession;
const open = watchedPages(() => session.context.newPage(), playwrightEvents);

beforeAll(async () => {
  session = await launchExtension();
  await askExtension(session, 'points/create', { point: POINT });
});

afterAll(async () => {
  await session?.close();
});

/** Whether the panel's kit is on the global of our content scripts' isolated world in `page`. */
async function isolatedWorld(page: Page): Promise<{ loaded(): Promise<boolean>; cdp: CDPSession }> {
  const cdp = await session.context.newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith(`chrome-extension://${session.extensionId}`)) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  // Enabling reports the contexts already there; the content script's world is one of them.
  await expect.poll(() => worlds.length).toBeGreaterThan(0);
  const loaded = async () => {
    const results = await Promise.all(worlds.map((contextId) => cdp.send('Runtime.evaluate', { expression: 'typeof globalThis.remotePitchPanelKit', contextId, returnByValue: true })));
    return results.some(({ result }) => result.value === 'object');
  };
  return { loaded, cdp };
}

async function emptyCompose(url: string): Promise<{ page: Page; id: string }> {
  const page = await open(url);
  const id = await openCompose(page, { open: 'openCompose' });
  await expect.poll(() => rootOf(page, id).getByTestId('rp-launcher').count()).toBe(1);
  return { page, id };
}

/** Resolves once the page's main thread has been idle twice: idle callbacks queued before then have run. */
const idle = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));

describe('the panel script, loaded once a compose shows', () => {
  it('is not in a mail page with no compose, comes when one shows and the page is idle, with no pointer or key, and the click opens the panel', async () => {
    const page = await open('https://mail.google.com/');
    // The isolated world is there once content.js runs; the page idle, it still has no panel.
    const world = await isolatedWorld(page);
    await idle(page);
    await idle(page);
    expect(await world.loaded()).toBe(false);
    const id = await openCompose(page, { open: 'openCompose' });
    await expect.poll(() => world.loaded()).toBe(true);
    await rootOf(page, id).getByTestId('rp-launcher').click();
    await expect.poll(() => page.getByTestId('rp-suggestion').filter({ hasText: POINT.title }).count()).toBe(1);
    await world.cdp.detach();
  });

  // Gmail's fixture composes start empty; Outlook's have a signature, which the coach reads at once.
  it('opens the panel on a click that came with no hover before it, and a second tab gets the script again', async () => {
    for (const url of ['https://mail.google.com/', 'https://mail.google.com/?theme=dark']) {
      const { page, id } = await emptyCompose(url);
      const world = await isolatedWorld(page);
      // A press and release at the launcher's place with no move there first: no pointerenter
      // hurried the load, which may still be on its way.
      const box = await rootOf(page, id).getByTestId('rp-launcher').boundingBox();
      if (!box) throw new Error('launcher not laid out');
      await world.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left', clickCount: 1 });
      await world.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left', clickCount: 1 });
      await expect.poll(() => page.getByTestId('rp-suggestion').filter({ hasText: POINT.title }).count()).toBe(1);
      expect(await world.loaded()).toBe(true);
      await world.cdp.detach();
    }
  });

  it('loads on the shortcut, and a search and Enter typed at once go to the panel, not into the draft', async () => {
    const { page, id } = await emptyCompose('https://mail.google.com/');
    const world = await isolatedWorld(page);
    const body = bodyIn(rootOf(page, id));
    await body.focus();
    await page.keyboard.type('Hello. ');
    await page.keyboard.press('Alt+Shift+P');
    await page.keyboard.type('lazy panel');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(body)).toContain(POINT.text);
    expect(await textOf(body)).not.toContain('lazy panel');
    expect(await world.loaded()).toBe(true);
    await world.cdp.detach();
  });

  it('counts a typed draft in the coach’s badge without the panel being opened', async () => {
    const { page, id } = await emptyCompose('https://mail.google.com/');
    const world = await isolatedWorld(page);
    await bodyIn(rootOf(page, id)).focus();
    await page.keyboard.type("I'd like to work from home on Tuesdays.");
    await expect.poll(() => rootOf(page, id).getByTestId('rp-badge').textContent()).toMatch(/^\d\/8$/);
    expect(await world.loaded()).toBe(true);
    expect(await page.getByTestId('rp-panel').count()).toBe(0);
    await world.cdp.detach();
  });
});
