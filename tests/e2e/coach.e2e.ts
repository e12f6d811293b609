import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { askExtension } from './harness/ask';
import { composeInPage, type ComposeRequest } from './harness/fixture-page';
import { playwrightEvents, watchedPages } from './harness/pages';
import type { MessageType, RequestOf } from '../../src/shared/messages';
import type { MailFixture } from '../fixtures/fixture-api';

/**
 * The draft coach in real Chromium against the Gmail and Outlook fixtures: the checklist follows
 * what the user types and inserts, findings can be dismissed, the launcher's badge shows coverage
 * without the panel, quoted history does not count, and the draft never gets a mark of ours.
 */

const INDICATOR = {
  category: 'performance-indicator',
  title: 'E2E coach tickets per week',
  text: 'I will keep closing at least 40 tickets per week, measured in the tracker.',
} as const;
const SCHEDULE = "I'd like to work from home on Tuesdays and Thursdays";
const ULTIMATUM = 'If this is not possible, I will have to look for another job.';

let session: ExtensionSession;
let indicatorId = '';

const ask = <T extends MessageType>(type: T, request: RequestOf<T>) => askExtension(session, type, request);
const open = watchedPages(() => session.context.newPage(), playwrightEvents);

async function openCompose(page: Page, request: ComposeRequest = {}): Promise<Locator> {
  const id = await page.evaluate(composeInPage, request);
  const root = page.locator(`[data-fixture-compose="${id}"]`);
  await expect.poll(() => root.getByTestId('rp-launcher').count()).toBe(1);
  return root;
}

const bodyIn = (root: Locator) => root.locator('[role="textbox"][contenteditable="true"]');
const facet = (root: Locator, id: string) => root.locator(`[data-testid="rp-facet"][data-facet="${id}"]`);
const covered = (root: Locator, id: string) => facet(root, id).getAttribute('data-covered', { timeout: 5000 });

/**
 * Types where the caret is in the body (its start when it never had one, above any quote or
 * signature). Focus moves there by script, not by a click, which would close the panel.
 */
async function typeInto(page: Page, root: Locator, text: string): Promise<void> {
  await bodyIn(root).focus();
  await page.keyboard.type(text);
}

async function openPanel(root: Locator): Promise<void> {
  await root.getByTestId('rp-launcher').click();
  await expect.poll(() => root.getByTestId('rp-coach').count()).toBe(1);
  // Where it sits and what shows depend on the styles, which come from the worker after it opens.
  await root.locator('[data-testid="rp-panel"][data-styled]').waitFor();
}

beforeAll(async () => {
  session = await launchExtension({ dist: process.env.RP_DIST });
  indicatorId = (await ask('points/create', { point: INDICATOR })).id;
});

afterAll(async () => {
  await session?.close();
});

describe.each([
  { site: 'Gmail', url: 'https://mail.google.com/' },
  { site: 'Outlook', url: 'https://outlook.office.com/' },
])('$site compose', ({ url }) => {
  it('ticks the schedule while the user types, with the words that show it on hover and on focus', async () => {
    const page = await open(url);
    const root = await openCompose(page, { open: 'openCompose' });
    await bodyIn(root).focus();
    await openPanel(root);
    expect(await covered(root, 'schedule')).toBe('false');
    expect(await root.getByTestId('rp-facet').count()).toBe(8);

    // Times from the last keystroke the page heard to the checklist saying so.
    await page.evaluate((fixtureRoot) => {
      const compose = document.querySelector(fixtureRoot);
      const shadow = compose?.querySelector('[data-remote-pitch]')?.shadowRoot;
      const body = compose?.querySelector('[role="textbox"][contenteditable="true"]');
      const state = { lastInput: 0, flipped: 0 };
      (window as unknown as { coachTiming: typeof state }).coachTiming = state;
      body?.addEventListener('input', () => (state.lastInput = performance.now()));
      if (!shadow) return;
      new MutationObserver(() => {
        if (!state.flipped && shadow.querySelector('[data-facet="schedule"][data-covered="true"]')) state.flipped = performance.now();
      }).observe(shadow, { subtree: true, childList: true, attributes: true });
    }, `[data-fixture-compose="${await root.getAttribute('data-fixture-compose')}"]`);
    await typeInto(page, root, SCHEDULE);
    await expect.poll(() => covered(root, 'schedule')).toBe('true');
    const timing = await page.evaluate(() => (window as unknown as { coachTiming: { lastInput: number; flipped: number } }).coachTiming);
    const latency = timing.flipped - timing.lastInput;
    console.log(`coach latency, last keystroke to checklist: ${latency.toFixed(0)} ms`);
    // The 250 ms pause is by design. How long the worker takes is npm run bench's to measure: a
    // machine under load must not fail this test.
    expect(latency).toBeGreaterThanOrEqual(200);
    expect(await root.getByTestId('rp-panel').isVisible()).toBe(true);

    const schedule = facet(root, 'schedule');
    const tip = root.locator(`#${await schedule.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await schedule.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/Tuesdays and Thursdays/);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await schedule.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(Number(await root.getByTestId('rp-score').textContent())).toBeGreaterThan(0);
  });

  it('shows coverage on the launcher without opening the panel, and never marks the email', async () => {
    const page = await open(url);
    const root = await openCompose(page, { open: 'openCompose' });
    const badge = root.getByTestId('rp-badge');
    expect(await badge.isVisible()).toBe(false);
    await typeInto(page, root, `Hi Sam,\n\n${SCHEDULE}.`);
    await expect.poll(() => badge.textContent()).toBe('1/8');
    expect(await badge.isVisible()).toBe(true);
    expect(await root.getByTestId('rp-launcher').getAttribute('aria-label')).toMatch(/covers 1 of 8/);
    expect(await root.getByTestId('rp-panel').count()).toBe(0);
    // Read only: the body holds the user's words and nothing of ours.
    const body = bodyIn(root);
    expect(await body.evaluate((element) => element.querySelectorAll('[data-remote-pitch], [class*="rp-"], mark').length)).toBe(0);
  });

  it('flips the indicator once an indicator point is inserted, and ranks what is still missing first', async () => {
    const page = await open(url);
    const root = await openCompose(page, { open: 'openCompose' });
    await typeInto(page, root, `${SCHEDULE}.`);
    await openPanel(root);
    expect(await covered(root, 'indicator')).toBe('false');
    const rows = root.getByTestId('rp-suggestion');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    // Categories that would fill a gap come first; private motivation fills none.
    expect(await rows.first().getAttribute('data-category')).not.toBe('my-motivation');

    await root.locator(`[data-testid="rp-suggestion"][data-point-id="${indicatorId}"]`).click();
    // Outlook's roosterjs writes the space before an inserted text as a no-break space.
    await expect.poll(() => bodyIn(root).evaluate((element) => (element as HTMLElement).innerText.replace(/\u00a0/g, ' '))).toContain(`Thursdays. ${INDICATOR.text}`);
    await expect.poll(() => root.getByTestId('rp-badge').textContent()).toBe('2/8');

    await openPanel(root);
    expect(await covered(root, 'indicator')).toBe('true');
    // The point already in the draft goes after the others of its category.
    await root.locator('[data-testid="rp-panel"] [role="listbox"][data-rows="all"]').waitFor();
    const indicators = await root.locator('[data-testid="rp-suggestion"][data-category="performance-indicator"]').evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.pointId));
    expect(indicators.length).toBeGreaterThan(1);
    expect(indicators.at(-1)).toBe(indicatorId);
  });

  it('reports an ultimatum, and a dismissed finding stays away for this draft', async () => {
    const page = await open(url);
    const root = await openCompose(page, { open: 'openCompose' });
    await typeInto(page, root, `${SCHEDULE}. ${ULTIMATUM}`);
    await openPanel(root);
    const finding = root.locator('[data-testid="rp-finding"][data-finding-id="ultimatum"]');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.textContent()).toMatch(/another job/);
    const before = Number(await root.getByTestId('rp-score').textContent());

    await finding.locator('[data-dismiss]').click();
    await expect.poll(() => finding.count()).toBe(0);
    await expect.poll(async () => Number(await root.getByTestId('rp-score').textContent())).toBeGreaterThan(before);
    // The panel stays open and keeps the keyboard.
    expect(await root.getByTestId('rp-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => root.getByTestId('rp-panel').count()).toBe(0);

    await typeInto(page, root, ' Otherwise I will resign.');
    await openPanel(root);
    await expect.poll(() => root.getByTestId('rp-score').count()).toBe(1);
    expect(await finding.count()).toBe(0);
  });
});

describe.each([
  { site: 'Gmail', url: 'https://mail.google.com/' },
  { site: 'Outlook', url: 'https://outlook.office.com/' },
])('fixing what the coach finds in $site', ({ url }) => {
  it('replaces the flagged sentence with a better phrasing through the editor, heard by the page and undone by one Ctrl+Z', async () => {
    const page = await open(url);
    const root = await openCompose(page, { open: 'openCompose' });
    await typeInto(page, root, `Hi Sam, ${SCHEDULE}. ${ULTIMATUM} Thanks, Alex`);
    await openPanel(root);
    const fix = root.locator('[data-testid="rp-finding"][data-finding-id="ultimatum"] [data-testid="rp-fix"]').first();
    await expect.poll(() => fix.count()).toBe(1);
    const phrasing = (await fix.getAttribute('data-text')) ?? '';
    expect(phrasing).toMatch(/trial|review/i);
    await page.evaluate(() => (window as unknown as { fixture: MailFixture }).fixture.clearInputLog());

    await fix.click();
    const body = bodyIn(root);
    const text = () => body.evaluate((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' '));
    await expect.poll(text).toContain(`${SCHEDULE}. ${phrasing} Thanks, Alex`);
    expect(await text()).not.toContain('another job');
    const heard = await page.evaluate(() => (window as unknown as { fixture: MailFixture }).fixture.inputLog.slice());
    expect(heard.some((record) => record.type === 'input' && record.isTrusted)).toBe(true);
    // The checklist follows: the ultimatum is gone once the coach reads the new sentence.
    await expect.poll(() => root.locator('[data-finding-id="ultimatum"]').count()).toBe(0);

    await bodyIn(root).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(text).toContain(ULTIMATUM);
    expect(await text()).not.toContain(phrasing);
  });

  it('offers the best point of the library for a missing facet and inserts it in one click', async () => {
    const page = await open(url);
    const root = await openCompose(page, { open: 'openCompose' });
    await typeInto(page, root, `${SCHEDULE}.`);
    await openPanel(root);
    const offer = root.locator('[data-testid="rp-facet"][data-facet="indicator"] [data-testid="rp-facet-point"]');
    await expect.poll(() => offer.count()).toBe(1);
    const pointId = await offer.getAttribute('data-pick');
    const point = (await ask('points/list', {})).find((candidate) => candidate.id === pointId);
    expect(point?.category).toBe('performance-indicator');
    await offer.click();
    // An indicator point may hold fill-ins the profile lacks: then the panel asks for them first
    // (its prompt comes from the worker, so it is waited for, not looked for once).
    const profile: Record<string, string | undefined> = await ask('profile/get', {});
    const lacking = [...(point?.text ?? '').matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].some(([, name]) => !profile[name ?? '']?.trim());
    if (lacking) await root.getByTestId('rp-fill-insert').click();
    await expect.poll(() => bodyIn(root).evaluate((element) => (element as HTMLElement).innerText)).toContain((point?.text ?? '').slice(0, 20));
    await expect.poll(() => root.getByTestId('rp-badge').textContent()).not.toBe('1/8');
    await openPanel(root);
    expect(await covered(root, 'indicator')).toBe('true');
  });
});

describe('what the coach reads', () => {
  // Both quoted messages ask "Can we talk about your schedule on Thursday?", which on its own
  // would tick the next step; the user's own "Thanks." ticks nothing.
  it.each([
    { site: 'Gmail', url: 'https://mail.google.com/', reply: { open: 'openReply', arg: 'reply' } },
    { site: 'Outlook', url: 'https://outlook.office.com/', reply: { open: 'openReply' } },
  ])('leaves the quoted message of a $site reply out of the checklist', async ({ url, reply }) => {
    const page = await open(url);
    const root = await openCompose(page, reply);
    await typeInto(page, root, 'Thanks.');
    await openPanel(root);
    expect(await covered(root, 'next-step')).toBe('false');
    expect(await root.getByTestId('rp-facet').evaluateAll((all) => all.filter((item) => item.getAttribute('data-covered') === 'true').length)).toBe(0);
  });
});

describe('where the user types', () => {
  it('counts words typed after a click below a short Outlook draft, which lands in the signature', async () => {
    const page = await open('https://outlook.office.com/?compose=1');
    const root = await openCompose(page);
    await bodyIn(root).click();
    await page.keyboard.type(` ${SCHEDULE}.`);
    expect(await bodyIn(root).locator('#Signature').textContent()).toContain('Tuesdays');
    await expect.poll(() => root.getByTestId('rp-badge').textContent()).toBe('1/8');
  });
});

describe('the Outlook panel', () => {
  it('opens next to its launcher, not at the far left over the fields', async () => {
    const page = await open('https://outlook.office.com/?compose=1');
    const root = await openCompose(page);
    const launcher = await root.getByTestId('rp-launcher').boundingBox();
    await openPanel(root);
    const panel = await root.getByTestId('rp-panel').boundingBox();
    expect(launcher && panel).toBeTruthy();
    if (!launcher || !panel) return;
    expect(Math.abs(panel.x - launcher.x)).toBeLessThan(4);
    expect(panel.y).toBeGreaterThanOrEqual(launcher.y + launcher.height);
  });
});
