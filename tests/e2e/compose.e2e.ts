import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { askExtension } from './harness/ask';
import {
  bodyHasFocus, bodyIn, fixtureCall, focusedInPanel, inputLog, insertWithMouse, openCompose, rootOf, serverRoundTrip, textOf, typeAndPlaceCaret, type PageFixture,
} from './harness/compose-page';
import { COMPOSE_FORMS } from './harness/compose-forms';
import { editorInPage } from './harness/fixture-page';
import { playwrightEvents, watchedPages } from './harness/pages';
import type { MessageType, RequestOf } from '../../src/shared/messages';

/**
 * The compose integration in real Chromium against the Gmail and Outlook fixture pages (Outlook's
 * bodies are the real roosterjs editor): one launcher per compose in every form, insertion at the
 * caret that the editor registers and one Ctrl+Z undoes, fill-ins, the keyboard path, the per-site
 * switch, and the ways things go wrong.
 */

const PLAIN = { category: 'boss-motivation', title: 'E2E quiet mornings', text: 'I can close the quarterly report before the team logs on.' } as const;
const TRICKY = { category: 'setup', title: 'E2E tricky text', text: 'First line\nSecond line <img src=x onerror=alert(1)> & "quotes"' } as const;
const FILL = { category: 'sweetener', title: 'E2E needs fill-ins', text: 'Dear {manager}, we could track it in {tool}.' } as const;

let session: ExtensionSession;
const ids: Record<'plain' | 'tricky' | 'fill', string> = { plain: '', tricky: '', fill: '' };

/** Sends a request to the background from an extension page, as the popup would. */
const ask = <T extends MessageType>(type: T, request: RequestOf<T>) => askExtension(session, type, request);

/** How often a point was inserted, as the popup shows it. */
async function usesOf(id: string): Promise<number> {
  const points = (await ask('points/list', {})) as { id: string; usedCount: number }[];
  return points.find((point) => point.id === id)?.usedCount ?? -1;
}

async function setSites(sites: { gmail: boolean; outlook: boolean }): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate((value) => {
    const storage = (globalThis as unknown as { chrome: { storage: { local: { set(items: unknown): Promise<void> } } } }).chrome.storage;
    return storage.local.set({ sites: value });
  }, sites);
}

const open = watchedPages(() => session.context.newPage(), playwrightEvents);

beforeAll(async () => {
  session = await launchExtension({ dist: process.env.RP_DIST });
  ids.plain = (await ask('points/create', { point: PLAIN })).id;
  ids.tricky = (await ask('points/create', { point: TRICKY })).id;
  ids.fill = (await ask('points/create', { point: FILL })).id;
});

afterAll(async () => {
  await session?.close();
});

describe.each(COMPOSE_FORMS)('$name', (form) => {
  it('gets one launcher and inserts at the caret through its editor, and one Ctrl+Z removes exactly the insertion', async () => {
    const page = await open(form.url);
    const id = await openCompose(page, form);
    const root = rootOf(page, id);
    await expect.poll(() => root.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    const body = bodyIn(root);
    await typeAndPlaceCaret(page, body, 'Hello world', 'world'.length);
    const typed = await textOf(body);
    await page.evaluate(() => (window as unknown as { fixture: PageFixture }).fixture.clearInputLog());

    await insertWithMouse(root, ids.plain);

    await expect.poll(() => textOf(body)).toContain(`Hello ${PLAIN.text} world`);
    expect(await bodyHasFocus(body)).toBe(true);
    expect(await root.locator('[data-testid="rp-panel"]').count()).toBe(0);
    const heard = (await inputLog(page)).filter((record) => record.type === 'input');
    if (form.editor === 'browser') {
      // execCommand: the browser's own trusted insertText, which Gmail's editor hears and saves.
      expect(heard.length).toBeGreaterThan(0);
      expect(heard.every((record) => record.composeId === id && record.isTrusted && record.inputType === 'insertText')).toBe(true);
    } else {
      // paste: roosterjs took it into its model, with an undo snapshot and one content-changed event.
      const editor = await page.evaluate(editorInPage, id);
      expect(editor?.changes).toEqual(['Paste']);
      expect(editor?.modelText).toContain(`Hello ${PLAIN.text} world`);
      expect(editor?.snapshots.texts[editor.snapshots.current]).toContain(`Hello ${PLAIN.text} world`);
      expect(heard).toEqual([]);
    }

    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(body)).toBe(typed);
    // Typing goes on in the body: where the caret was (the browser), where roosterjs's snapshot had it.
    await page.keyboard.type('!');
    if (form.editor === 'browser') expect(await textOf(body)).toContain('Hello !world');
    else expect((await textOf(body)).replace('!', '')).toBe(typed);
  });
});

describe('Gmail', () => {
  it('keeps one launcher per compose as composes open, re-render, move to full screen and close', async () => {
    const page = await open('https://mail.google.com/');
    const first = await openCompose(page, { open: 'openCompose' });
    const second = await openCompose(page, { open: 'openCompose' });
    const launchers = page.locator('[data-testid="rp-launcher"]');
    const launchersIn = (id: string) => rootOf(page, id).locator('[data-testid="rp-launcher"]');
    await expect.poll(() => launchers.count()).toBe(2);

    for (const part of ['toolbar', 'body', 'all'] as const) {
      await fixtureCall(page, 'rerender', first, part);
      // No waiting: the launcher is back before the page's task ends.
      expect(await launchersIn(first).count()).toBe(1);
      expect(await launchers.count()).toBe(2);
    }
    await fixtureCall(page, 'maximize', second);
    await expect.poll(() => launchersIn(second).count()).toBe(1);
    expect(await page.locator('.aSt [data-testid="rp-launcher"]').count()).toBe(1);

    await fixtureCall(page, 'closeCompose', first);
    await expect.poll(() => launchers.count()).toBe(1);
    const reply = await openCompose(page, { open: 'openReply', arg: 'reply' });
    await expect.poll(() => launchersIn(reply).count()).toBe(1);
    expect(await launchers.count()).toBe(2);
    expect(await page.locator('[data-remote-pitch]').count()).toBe(2);
  });

  it('inserts into the compose whose launcher was used, at the caret it left, even after the site moved things', async () => {
    const page = await open('https://mail.google.com/');
    const a = await openCompose(page, { open: 'openCompose' });
    const b = await openCompose(page, { open: 'openCompose' });
    const bodyA = bodyIn(rootOf(page, a));
    const bodyB = bodyIn(rootOf(page, b));
    await typeAndPlaceCaret(page, bodyA, 'Alpha omega', 'omega'.length);
    // Gmail rebuilds the body's holder; the caret must still be found.
    await fixtureCall(page, 'rerender', a, 'body');
    await typeAndPlaceCaret(page, bodyB, 'Beta', 0);

    const usesBefore = await usesOf(ids.plain);
    await insertWithMouse(rootOf(page, a), ids.plain);

    await expect.poll(() => textOf(bodyA)).toContain(`Alpha ${PLAIN.text} omega`);
    await expect.poll(() => usesOf(ids.plain)).toBe(usesBefore + 1);
    expect(await textOf(bodyB)).not.toContain(PLAIN.text);
    expect(await textOf(bodyB)).toContain('Beta');
    expect((await inputLog(page)).filter((r) => r.data?.includes('quarterly')).map((r) => r.composeId)).toEqual([a]);

    // Full screen moves the whole compose: the caret comes along.
    await bodyB.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' gamma');
    for (let n = 0; n < ' gamma'.length; n += 1) await page.keyboard.press('ArrowLeft');
    await fixtureCall(page, 'maximize', b);
    await insertWithMouse(rootOf(page, b), ids.plain);
    await expect.poll(() => textOf(bodyB)).toContain(`Beta ${PLAIN.text} gamma`);
  });

  it('inserts plain text: markup stays letters, line breaks stay line breaks', async () => {
    const page = await open('https://mail.google.com/');
    const id = await openCompose(page, { open: 'openCompose' });
    const body = bodyIn(rootOf(page, id));
    await body.focus();
    await insertWithMouse(rootOf(page, id), ids.tricky);
    await expect.poll(() => textOf(body)).toContain('Second line <img src=x onerror=alert(1)> & "quotes"');
    expect(await textOf(body)).toMatch(/First line\n+Second line/);
    expect(await body.locator('img').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(body)).not.toContain('First line');
    expect(await textOf(body)).not.toContain('Second line');
    // An <img src=x onerror=alert(1)> made while inserting, even one never attached, asked the
    // server for x before this; afterEach then fails on its 404, its alert or any page error.
    await serverRoundTrip(page);
  });

  it('follows the dark theme and keeps the site CSS out of its UI', async () => {
    const page = await open('https://mail.google.com/?compose=1&theme=dark');
    const launcher = page.locator('[data-testid="rp-launcher"]');
    await expect.poll(() => launcher.count()).toBe(1);
    await page.addStyleTag({ content: '* { color: rgb(255, 0, 0) !important; font-family: serif !important; }' });
    expect(await page.locator('[data-remote-pitch]').getAttribute('data-theme')).toBe('dark');
    await launcher.click();
    // The panel's styles come from the worker after it opens; until then it is transparent, which
    // Playwright still counts as visible.
    const panel = page.locator('[data-testid="rp-panel"][data-styled]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    // Its styles come from the worker: until they are in, the popover has the browser's own colours.
    await panel.and(page.locator('[data-styled]')).waitFor();
    const colours = await panel.evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, colour: style.color, font: style.fontFamily };
    });
    expect(colours.background).toBe('rgb(45, 46, 48)');
    expect(colours.colour).not.toBe('rgb(255, 0, 0)');
    expect(colours.font).not.toBe('serif');
    const box = await panel.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.x >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
  });

  it('groups the points by category, sweeteners together, and searches them', async () => {
    const page = await open('https://mail.google.com/?compose=1');
    const launcher = page.locator('[data-testid="rp-launcher"]');
    await expect.poll(() => launcher.count()).toBe(1);
    await launcher.click();
    const rows = page.locator('[data-testid="rp-suggestion"]');
    await page.locator('[data-testid="rp-panel"] [role="listbox"][data-rows="all"]').waitFor();
    const categories = await rows.evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.category ?? ''));
    const runs = categories.filter((category, index) => category !== categories[index - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    expect(categories).toContain('sweetener');
    await page.locator('[data-testid="rp-panel-search"]').fill('quarterly report');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.getAttribute('data-point-id')).toBe(ids.plain);
  });
});

describe('Outlook', () => {
  it('keeps one launcher per compose as composes open, re-render and close', async () => {
    const page = await open('https://outlook.office.com/');
    const draft = await openCompose(page, { open: 'openCompose' });
    const reply = await openCompose(page, { open: 'openReply' });
    const launchers = page.locator('[data-testid="rp-launcher"]');
    const launchersIn = (id: string) => rootOf(page, id).locator('[data-testid="rp-launcher"]');
    await expect.poll(() => launchers.count()).toBe(2);
    for (const part of ['toolbar', 'body', 'all'] as const) {
      await fixtureCall(page, 'rerender', reply, part);
      expect(await launchersIn(reply).count()).toBe(1);
      expect(await launchers.count()).toBe(2);
    }
    // Still next to Send in the rebuilt row.
    expect(await rootOf(page, reply).locator('.cmdRow > [data-remote-pitch]').count()).toBe(1);
    await fixtureCall(page, 'closeCompose', draft);
    await expect.poll(() => launchers.count()).toBe(1);
    const next = await openCompose(page, { open: 'openCompose' });
    await expect.poll(() => launchersIn(next).count()).toBe(1);
    expect(await page.locator('[data-remote-pitch]').count()).toBe(2);
    // The read-only message and the settings' signature editor got nothing.
    expect(await page.locator('#ReadingPaneContainerId [role="document"] [data-remote-pitch]').count()).toBe(0);
  });
});

describe('fill-ins', () => {
  it('asks for what the profile lacks, saves it, and marks what was skipped', async () => {
    const page = await open('https://mail.google.com/');
    const id = await openCompose(page, { open: 'openCompose' });
    const root = rootOf(page, id);
    const body = bodyIn(root);
    await typeAndPlaceCaret(page, body, 'Start. End.', 'End.'.length);
    await insertWithMouse(root, ids.fill);

    const form = root.locator('[data-testid="rp-fill-form"]');
    await expect.poll(() => form.isVisible()).toBe(true);
    const names = await root.locator('[data-testid="rp-fill-field"]').evaluateAll((all) => all.map((f) => (f as HTMLInputElement).name));
    expect(names).toEqual(['manager', 'tool']);
    await root.locator('[data-testid="rp-fill-field"][name="manager"]').fill('Morgan');
    await root.locator('[data-testid="rp-fill-insert"]').click();
    await expect.poll(() => textOf(body)).toContain('Start. Dear Morgan, we could track it in [tool]. End.');

    // Saved to the profile: next time only the skipped one is asked for.
    await insertWithMouse(root, ids.fill);
    await expect.poll(() => root.locator('[data-testid="rp-fill-field"]').evaluateAll((all) => all.map((f) => (f as HTMLInputElement).name))).toEqual(['tool']);
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    expect(await focusedInPanel(page)).toBe('rp-panel-search');
    await page.keyboard.press('Escape');
    await expect.poll(() => root.locator('[data-testid="rp-panel"]').count()).toBe(0);
    expect(await bodyHasFocus(body)).toBe(true);
    expect((await ask('profile/get', {})) as Record<string, string>).toMatchObject({ manager: 'Morgan' });
  });
});

describe('keyboard only', () => {
  it('opens with Alt+Shift+P, moves with arrows, inserts with Enter, and Escape returns to the caret', async () => {
    const page = await open('https://outlook.office.com/');
    const id = await openCompose(page, { open: 'openCompose' });
    const root = rootOf(page, id);
    const body = bodyIn(root);
    await expect.poll(() => root.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    await typeAndPlaceCaret(page, body, 'one two', 'two'.length);

    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => focusedInPanel(page)).toBe('rp-panel-search');
    await page.keyboard.press('Escape');
    await expect.poll(() => bodyHasFocus(body)).toBe(true);
    await page.keyboard.type('1 ');
    expect(await textOf(body)).toContain('one 1 two');

    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => focusedInPanel(page)).toBe('rp-panel-search');
    await page.keyboard.type('E2E');
    const rows = root.locator('[data-testid="rp-suggestion"]');
    await expect.poll(() => rows.count()).toBe(3);
    const order = await rows.evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.pointId));
    const target = order.indexOf(ids.plain);
    for (let n = 0; n < target; n += 1) await page.keyboard.press('ArrowDown');
    expect(await root.locator('[data-testid="rp-suggestion"][aria-selected="true"]').getAttribute('data-point-id')).toBe(ids.plain);
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(body)).toContain(`one 1 ${PLAIN.text} two`);
    expect(await bodyHasFocus(body)).toBe(true);
  });

  it('opens from a compose field other than the body, and inserts into that compose', async () => {
    const page = await open('https://mail.google.com/');
    const a = await openCompose(page, { open: 'openCompose' });
    const b = await openCompose(page, { open: 'openCompose' });
    await expect.poll(() => page.locator('[data-testid="rp-launcher"]').count()).toBe(2);
    await rootOf(page, b).locator('input[name="subjectbox"]').focus();
    await page.keyboard.type('Working from home');
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => focusedInPanel(page)).toBe('rp-panel-search');
    expect(await rootOf(page, a).locator('[data-testid="rp-panel"]').count()).toBe(0);
    await page.keyboard.type('quarterly');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(bodyIn(rootOf(page, b)))).toContain(PLAIN.text);
    expect(await rootOf(page, b).locator('input[name="subjectbox"]').inputValue()).toBe('Working from home');
    expect(await textOf(bodyIn(rootOf(page, a)))).not.toContain(PLAIN.text);
  });

  it('opens the panel of the focused compose when the background relays the manifest command', async () => {
    const page = await open('https://mail.google.com/');
    const a = await openCompose(page, { open: 'openCompose' });
    const b = await openCompose(page, { open: 'openCompose' });
    await expect.poll(() => page.locator('[data-testid="rp-launcher"]').count()).toBe(2);
    await bodyIn(rootOf(page, b)).focus();
    const worker = await session.serviceWorker();
    await worker.evaluate(async () => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs;
      for (const tab of await tabs.query({})) if (tab.id !== undefined) await tabs.sendMessage(tab.id, { type: 'panel/open' }).catch(() => undefined);
    });
    await expect.poll(() => rootOf(page, b).locator('[data-testid="rp-panel"]').count()).toBe(1);
    expect(await rootOf(page, a).locator('[data-testid="rp-panel"]').count()).toBe(0);
    expect(await focusedInPanel(page)).toBe('rp-panel-search');
  });
});

describe('when things go wrong', () => {
  it('adds nothing and logs nothing on a mail page whose DOM matches no selector, though it runs there', async () => {
    const page = await open('https://mail.google.com/unknown');
    await page.waitForSelector('.late-editor', { state: 'attached' });
    expect(await page.locator('[data-remote-pitch]').count()).toBe(0);
    await page.locator('.editor').click();
    await page.keyboard.type('still works');
    await page.keyboard.press('Alt+Shift+P');
    expect(await page.locator('.editor').textContent()).toBe('still works');

    // The positive control, on this very page: a Gmail compose that shows up gets its launcher, so
    // the content script was running here all along. Once it is taken, the script has seen the
    // whole page, and that launcher is the only thing of ours on it.
    await page.addScriptTag({ url: '/_shared/fixture-base.js' });
    await page.addScriptTag({ url: '/_shared/gmail.js' });
    const id = await openCompose(page, { open: 'openFullscreen' });
    await expect.poll(() => rootOf(page, id).locator('[data-testid="rp-launcher"]').count()).toBe(1);
    expect(await page.locator('[data-remote-pitch]').count()).toBe(1);
    expect(await page.locator('.editor').textContent()).toBe('still works');
  });

  it('turns a site off and on again live from the per-site switch', async () => {
    const gmail = await open('https://mail.google.com/?compose=2');
    const outlook = await open('https://outlook.office.com/?compose=1');
    await expect.poll(() => gmail.locator('[data-testid="rp-launcher"]').count()).toBe(2);
    await expect.poll(() => outlook.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    try {
      await setSites({ gmail: false, outlook: true });
      await expect.poll(() => gmail.locator('[data-remote-pitch]').count()).toBe(0);
      expect(await gmail.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      expect(await outlook.locator('[data-testid="rp-launcher"]').count()).toBe(1);
      // Off means off, also for a compose opened later and focused, which a running script takes
      // in the same task (as it does below, once the site is on again).
      const later = await openCompose(gmail, { open: 'openCompose' });
      await bodyIn(rootOf(gmail, later)).focus();
      expect(await gmail.locator('[data-remote-pitch]').count()).toBe(0);
    } finally {
      await setSites({ gmail: true, outlook: true });
    }
    // Taken up at once even though this tab is behind another one and Chrome doesn't render it.
    await expect.poll(() => gmail.locator('[data-testid="rp-launcher"]').count()).toBe(3);
    // A compose the user focuses is taken at once, rendered or not.
    const focused = await openCompose(gmail, { open: 'openCompose' });
    await bodyIn(rootOf(gmail, focused)).focus();
    expect(await rootOf(gmail, focused).locator('[data-testid="rp-launcher"]').count()).toBe(1);
    // Other new composes are announced by rendering, which a tab does as soon as the user looks at it.
    await gmail.bringToFront();
    const id = await openCompose(gmail, { open: 'openReply', arg: 'reply' });
    await expect.poll(() => rootOf(gmail, id).locator('[data-testid="rp-launcher"]').count()).toBe(1);
  });

  it('still inserts on the first click after the service worker was stopped', async () => {
    const page = await open('https://outlook.office.com/?compose=1');
    await expect.poll(() => page.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    const id = await openCompose(page, {});
    await session.stopServiceWorker();
    expect(await session.serviceWorkerStatus()).toBe('stopped');
    const body = bodyIn(rootOf(page, id));
    await typeAndPlaceCaret(page, body, 'Before after', 'after'.length);
    await insertWithMouse(rootOf(page, id), ids.plain);
    await expect.poll(() => textOf(body)).toContain(`Before ${PLAIN.text} after`);
    expect(await session.serviceWorkerStatus()).toBe('running');
  });

  it('takes a shortcut, a search and Enter typed straight away while the stopped worker wakes up', async () => {
    const page = await open('https://outlook.office.com/?compose=1');
    await expect.poll(() => page.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    const id = await openCompose(page, {});
    await session.stopServiceWorker();
    const body = bodyIn(rootOf(page, id));
    await body.focus();
    await page.keyboard.press('Alt+Shift+P');
    await page.keyboard.type('quarterly report');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(body)).toContain(PLAIN.text);
  });

  // Last: it reloads the extension, leaving this session's open tabs with an orphaned script.
  it('stops its work and says the page needs a reload after the extension was updated while the tab stayed open', async () => {
    const page = await open('https://mail.google.com/?compose=1');
    const launcher = page.locator('[data-testid="rp-launcher"]');
    await expect.poll(() => launcher.count()).toBe(1);
    const [id = ''] = await page.evaluate(() => (window as unknown as { fixture: { opened(): Promise<string[]> } }).fixture.opened());
    const body = bodyIn(rootOf(page, id));
    await body.focus();
    await page.keyboard.type('Before the update. ');
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    const worker = await session.serviceWorker();
    // The old version's worker goes with the old version, which leaves this tab's script orphaned.
    const unloaded = new Promise<void>((done) => worker.once('close', () => done()));
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await unloaded;

    // The next keystroke is the orphaned script's last: it stops observing and reading the draft.
    await page.keyboard.type('After.');
    await expect.poll(() => launcher.getAttribute('data-state')).toBe('reload');
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await launcher.getAttribute('title')).toMatch(/reload this page/i);
    expect(await launcher.textContent()).toMatch(/reload/i);
    // A compose opened now gets nothing from the old script.
    const later = await openCompose(page, { open: 'openCompose' });
    await bodyIn(rootOf(page, later)).focus();
    await page.keyboard.type('x');
    expect(await page.locator('[data-remote-pitch]').count()).toBe(1);
    // The launcher it left tells the user what helps: beside it when the panel's script never came
    // (it is asked of the extension that is gone), in the panel when it had come before the update.
    await launcher.click();
    const notice = page.locator('[data-testid="rp-launch-error"], [data-testid="rp-notice"]');
    await expect.poll(async () => (await notice.allTextContents()).join(' ')).toMatch(/reload this page/i);
    expect(await page.locator('[data-testid="rp-suggestion"]').count()).toBe(0);
    expect(await textOf(body)).toContain('Before the update. After.');
  });
});
