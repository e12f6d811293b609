import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { composeInPage, editorInPage } from './harness/fixture-page';
import { puppeteerEvents, watchedPages } from './harness/pages';

/**
 * The Firefox build in Debian's Firefox ESR: the content script finds a compose on the mail
 * fixture pages, the panel lists points the background keeps in IndexedDB, and a click puts the
 * chosen text in the body through its editor (Outlook's is the real roosterjs, which must register
 * it) and counts the use; one Ctrl+Z removes exactly the insertion. The Chromium suites cover the
 * details; this one proves the same build steps, polyfill, storage and editor handling hold up in Gecko.
 */

const POINT = { category: 'boss-motivation', title: 'E2E Firefox mornings', text: 'I can finish the weekly figures before anyone else is online.' } as const;

interface StoredPoint {
  id: string;
  usedCount: number;
}

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: string;
}

let session: FirefoxSession;
let pointId = '';

/** Sends a request to the background from the popup page, as the popup would. */
async function ask(type: string, request: Record<string, unknown> = {}): Promise<unknown> {
  const page = await session.openExtensionPage();
  try {
    const answer = (await page.evaluate((message) => {
      const runtime = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime;
      return runtime.sendMessage(message);
    }, { type, ...request })) as Reply;
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  } finally {
    await page.close();
  }
}

async function usesOf(id: string): Promise<number> {
  const points = (await ask('points/list')) as StoredPoint[];
  return points.find((point) => point.id === id)?.usedCount ?? -1;
}

const open = watchedPages(() => session.browser.newPage(), puppeteerEvents);
const occurrences = (text: string, part: string) => text.split(part).length - 1;

function bodyText(page: Page, id: string): Promise<string> {
  // roosterjs writes a space at a text's edge as a no-break space, as browsers do for typed ones.
  return page.$eval(`[data-fixture-compose="${id}"] [role="textbox"][contenteditable="true"]`, (body) => (body as HTMLElement).innerText.replace(/\u00a0/g, ' '));
}

beforeAll(async () => {
  session = await launchFirefox({ dist: process.env.RP_FIREFOX_DIST });
  pointId = ((await ask('points/create', { point: POINT })) as StoredPoint).id;
});

afterAll(async () => {
  await session?.close();
});

describe.each([
  { site: 'Gmail', url: 'https://mail.google.com/?compose=1', roosterjs: false },
  { site: 'Outlook', url: 'https://outlook.office.com/?compose=1', roosterjs: true },
])('Firefox, $site new message', ({ url, roosterjs }) => {
  it('gets a launcher whose panel lists the stored points, a click inserts one at the caret, and one Ctrl+Z removes it', async () => {
    const page = await open(url);
    const id = await page.evaluate(composeInPage, {});
    const root = `[data-fixture-compose="${id}"]`;
    const launcher = await page.waitForSelector(`${root} >>> [data-testid="rp-launcher"]`, { timeout: 10_000 });
    expect(await page.$$(`>>> [data-testid="rp-launcher"]`)).toHaveLength(1);

    await page.focus(`${root} [role="textbox"][contenteditable="true"]`);
    await page.keyboard.type('Hello world');
    for (let n = 0; n < 'world'.length; n += 1) await page.keyboard.press('ArrowLeft');
    const typed = await bodyText(page, id);
    const usesBefore = await usesOf(pointId);

    await launcher?.click();
    // The panel opens at once and lists the points once the background has sent them. Polled:
    // puppeteer's waitForSelector only looks again when the light DOM changes, never the shadow root.
    const listed = () => page.$$eval('>>> [data-testid="rp-suggestion"]', (items) => items.map((item) => (item as HTMLElement).dataset.pointId));
    // Ours plus the starter set the background seeded on install: both come out of IndexedDB.
    await expect.poll(listed).toContain(pointId);
    expect((await listed()).length).toBeGreaterThan(1);
    await page.click(`>>> [data-testid="rp-suggestion"][data-point-id="${pointId}"]`);

    await expect.poll(() => bodyText(page, id)).toContain(`Hello ${POINT.text} world`);
    expect(await page.$$('>>> [data-testid="rp-panel"]')).toHaveLength(0);
    await expect.poll(() => usesOf(pointId)).toBe(usesBefore + 1);
    if (roosterjs) {
      // Through its paste handling: in its model, an undo snapshot and one content-changed event.
      const editor = await page.evaluate(editorInPage, id);
      expect(editor?.changes).toEqual(['Paste']);
      expect(editor?.modelText).toContain(`Hello ${POINT.text} world`);
      expect(editor?.snapshots.texts[editor.snapshots.current]).toContain(`Hello ${POINT.text} world`);
    }
    expect(occurrences(await bodyText(page, id), POINT.text)).toBe(1);

    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(() => bodyText(page, id)).toBe(typed);
  });
});

describe('Firefox, the panel script loaded once a compose shows', () => {
  // Gmail's fixture compose starts empty: only the page going idle, or these tests' click or key, loads the panel's script in its tab.
  const emptyCompose = async (): Promise<{ page: Page; id: string }> => {
    const page = await open('https://mail.google.com/');
    const id = await page.evaluate(composeInPage, { open: 'openCompose' });
    await page.waitForSelector(`[data-fixture-compose="${id}"] >>> [data-testid="rp-launcher"]`, { timeout: 10_000 });
    return { page, id };
  };

  it('opens on a click as soon as the launcher shows, in the content scripts\' own sandbox', async () => {
    const { page, id } = await emptyCompose();
    const box = await (await page.$(`[data-fixture-compose="${id}"] >>> [data-testid="rp-launcher"]`))?.boundingBox();
    if (!box) throw new Error('launcher not laid out');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const listed = () => page.$$eval('>>> [data-testid="rp-suggestion"]', (items) => items.map((item) => (item as HTMLElement).dataset.pointId));
    await expect.poll(listed).toContain(pointId);
  });

  it('takes the shortcut, a search and Enter typed at once into the panel, not the draft', async () => {
    const { page, id } = await emptyCompose();
    await page.focus(`[data-fixture-compose="${id}"] [role="textbox"][contenteditable="true"]`);
    await page.keyboard.type('Hi. ');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyP');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.keyboard.type('Firefox mornings');
    await page.keyboard.press('Enter');
    await expect.poll(() => bodyText(page, id)).toContain(POINT.text);
    expect(await bodyText(page, id)).not.toContain('Firefox mornings');
  });
});

describe('Firefox, sync', () => {
  it('turns on from the settings and writes its copy to Firefox\'s sync area', async () => {
    const page = await session.openExtensionPage();
    try {
      const status = () => page.$eval('[data-testid="rp-sync-status"]', (element) => element.textContent ?? '').catch(() => '');
      const area = () => page.evaluate(() => (globalThis as unknown as { browser: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } } }).browser.storage.sync.get(null));
      await page.waitForSelector('[data-testid="rp-tab-settings"]');
      await page.click('[data-testid="rp-tab-settings"]');
      await expect.poll(status).toBe('Sync is off: your pitch stays on this computer only.');
      await page.click('[data-testid="rp-sync-toggle"]');
      await expect.poll(status, { timeout: 20_000 }).toMatch(/^Sync is on\. Last synced .+% of the browser's sync space in use/);
      // The point this suite added is the user's own: it travels, deflated, in Firefox's area.
      await expect.poll(async () => Object.keys(await area()).filter((key) => key.startsWith('rp/')).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    } finally {
      await page.close();
    }
  });
});

describe('Firefox, the draft coach', () => {
  it('reads a draft with its language model, which the background loads from its own file on first use', async () => {
    const answer = (await ask('coach/analyze', { text: 'Hi Sam,\n\nI would like to work from home on Fridays, or I will have to look for another job.\n\nThanks' })) as {
      analysis: { coverage: { id: string; covered: boolean }[]; findings: { id: string }[] };
    };
    expect(answer.analysis.coverage.find((facet) => facet.id === 'schedule')?.covered).toBe(true);
    expect(answer.analysis.findings.map((finding) => finding.id)).toContain('ultimatum');
  });
});
