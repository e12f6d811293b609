import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { BackupDocument } from '../../src/core/backup-format';
import type { PitchPoint } from '../../src/core/point';
import type { MessageType, RequestOf, ResponseOf } from '../../src/shared/messages';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { allRowsDrawn } from './harness/popup';

/** Asks the real service worker, from an extension page, the way the popup does. */
async function ask<T extends MessageType>(page: Page, type: T, request: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await page.evaluate(
    (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message),
    { type, ...request },
  )) as
    | { ok: true; value: ResponseOf<T> }
    | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const points = (page: Page) => page.getByTestId('rp-point');
const pointTitled = (page: Page, title: string) => points(page).filter({ has: page.locator('.point-title', { hasText: title }) });
const group = (page: Page, category: string) => page.locator(`[data-testid="rp-group"][data-category="${category}"]`);
const titlesIn = (scope: Locator) => scope.locator('[data-testid="rp-point"] .point-title').allTextContents();

/** The number of rows in the points list once all of them are drawn. */
async function rowCount(page: Page): Promise<number> {
  await allRowsDrawn(page);
  return points(page).count();
}

/** Opens the popup (or the options page) and waits for its whole list. */
async function openLoaded(session: ExtensionSession, path?: string): Promise<Page> {
  const page = await session.openPopup(path);
  await allRowsDrawn(page);
  return page;
}

/** The test id of the focused element; focus often moves in an effect after the render, so poll it. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/** Presses Tab until the element with this test id has focus, as a keyboard user would. */
async function tabTo(page: Page, testId: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if ((await focused(page)) === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

/**
 * Space on the focused import opens the file chooser. A press that lands after a redraw took the
 * focus away opens nothing, as it would for a user, who tabs back and presses again.
 */
async function chooseFileByKeyboard(page: Page, file: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await tabTo(page, 'rp-import', 80);
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => null);
    await page.keyboard.press('Space');
    const opened = await chooser;
    if (opened) return opened.setFiles(file);
  }
  throw new Error('Space on the focused import never opened the file chooser');
}

const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element instanceof HTMLElement && element.matches(':focus-visible') && getComputedStyle(element).outlineStyle !== 'none';
  });

describe('popup: points', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    await page?.close();
  });

  it('adds a point into its group, edits it in place, and keeps both after a reload', async () => {
    page = await openLoaded(session);
    const before = await rowCount(page);
    await page.getByTestId('rp-add').click();
    await page.getByTestId('rp-point-title').fill('Quiet mornings for the report');
    await page.getByTestId('rp-point-category').selectOption('boss-motivation');
    await page.getByTestId('rp-point-text').fill('I can finish the report for {manager} before the team logs on.');
    await page.getByTestId('rp-point-tags').fill('Reports, focus');
    await page.getByTestId('rp-save').click();
    await expect.poll(() => pointTitled(page, 'Quiet mornings for the report').count()).toBe(1);
    expect(await rowCount(page)).toBe(before + 1);
    expect(await titlesIn(group(page, 'boss-motivation'))).toContain('Quiet mornings for the report');

    // A click on the row opens it for editing; the form is the only one on the page.
    await pointTitled(page, 'Quiet mornings for the report').locator('.point-text').click();
    await page.getByTestId('rp-point-title').fill('Quiet mornings for the quarterly report');
    await page.getByTestId('rp-save').click();
    await expect.poll(() => pointTitled(page, 'Quiet mornings for the quarterly report').count()).toBe(1);

    await page.reload();
    await expect.poll(() => pointTitled(page, 'Quiet mornings for the quarterly report').count()).toBe(1);
    const stored = (await ask(page, 'points/list', {})).find((p) => p.title === 'Quiet mornings for the quarterly report');
    expect(stored).toMatchObject({ category: 'boss-motivation', tags: ['reports', 'focus'], text: 'I can finish the report for {manager} before the team logs on.' });
  });

  it('deletes a point, and Undo puts it back exactly as it was', async () => {
    page = await openLoaded(session);
    const row = points(page).first();
    const id = (await row.getAttribute('data-point-id')) ?? '';
    const original = (await ask(page, 'points/list', {})).find((p) => p.id === id);
    await row.getByTestId('rp-delete').click();
    await expect.poll(() => page.locator(`[data-testid="rp-point"][data-point-id="${id}"]`).count()).toBe(0);
    expect((await ask(page, 'points/list', {})).some((p) => p.id === id)).toBe(false);
    // The undo button took the focus, so a keyboard user only has to press Enter.
    await expect.poll(() => focused(page)).toBe('rp-undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-testid="rp-point"][data-point-id="${id}"]`).count()).toBe(1);
    expect((await ask(page, 'points/list', {})).find((p) => p.id === id)).toEqual(original);
  });

  it('a delete left alone stays deleted once the undo offer is gone', async () => {
    page = await openLoaded(session);
    const id = (await points(page).last().getAttribute('data-point-id')) ?? '';
    await points(page).last().getByTestId('rp-delete').click();
    // The offer waits while the pointer rests on it; move away as a user would.
    await page.mouse.move(0, 0);
    await expect.poll(() => page.getByTestId('rp-undo').count(), { timeout: 15_000 }).toBe(0);
    await page.reload();
    await allRowsDrawn(page);
    expect(await page.locator(`[data-testid="rp-point"][data-point-id="${id}"]`).count()).toBe(0);
  });

  it('reorders within a group with the arrow buttons, and the order survives a reload', async () => {
    page = await openLoaded(session);
    const sweeteners = group(page, 'sweetener');
    const [first, second, ...rest] = await titlesIn(sweeteners);
    expect(first && second).toBeTruthy();
    await pointTitled(page, first ?? '').getByTestId('rp-move-down').click();
    await expect.poll(() => titlesIn(sweeteners)).toEqual([second, first, ...rest]);
    // Focus stays on the arrow, so pressing Enter again keeps moving the same point.
    await page.keyboard.press('Enter');
    await expect.poll(() => titlesIn(sweeteners)).toEqual([second, ...rest.slice(0, 1), first, ...rest.slice(1)]);
    await page.reload();
    await expect.poll(() => titlesIn(group(page, 'sweetener'))).toEqual([second, ...rest.slice(0, 1), first, ...rest.slice(1)]);
    const stored = (await ask(page, 'points/list', {})).filter((p) => p.category === 'sweetener').map((p) => p.title);
    expect(stored).toEqual([second, ...rest.slice(0, 1), first, ...rest.slice(1)]);
  });

  it('filters by title, text and tags as the user types', async () => {
    page = await openLoaded(session);
    const all = await rowCount(page);
    const listed = await ask(page, 'points/list', {});
    const tagged = listed.find((p) => p.tags.length > 0) as PitchPoint;
    const tag = tagged.tags[0] ?? '';
    await page.getByTestId('rp-search').pressSequentially(tag);
    const expected = listed.filter((p) => [p.title, p.text, p.objection ?? '', ...p.tags].join('\n').toLowerCase().includes(tag.toLowerCase())).length;
    await expect.poll(() => points(page).count()).toBe(expected);
    expect(expected).toBeLessThan(all);
    await page.getByTestId('rp-search').fill('zzz-no-such-thing');
    await expect.poll(() => points(page).count()).toBe(0);
    expect(await page.getByTestId('rp-no-match').textContent()).toContain('zzz-no-such-thing');
    await page.getByTestId('rp-search').press('Escape');
    await expect.poll(() => points(page).count()).toBe(all);
  });

  it('adds a point with the keyboard alone, with visible focus all the way', async () => {
    page = await openLoaded(session);
    await tabTo(page, 'rp-add');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('rp-point-title');
    await page.keyboard.type('Reachable on chat within minutes');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('rp-point-category');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('End');
    expect(await page.getByTestId('rp-point-category').inputValue()).toBe('communication');
    await page.keyboard.press('Tab');
    await page.keyboard.type('During {coreHours} I answer on {tool} {responseTime}.');
    await tabTo(page, 'rp-save', 10);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    const added = pointTitled(page, 'Reachable on chat within minutes');
    await expect.poll(() => added.count()).toBe(1);
    expect(await titlesIn(group(page, 'communication'))).toContain('Reachable on chat within minutes');
    // Focus lands on the new point, not back at the top of the page.
    const id = await added.getAttribute('data-point-id');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`rp-edit-${id}`);
  });

  it('Escape closes the form without saving, and focus returns to the add button', async () => {
    page = await openLoaded(session);
    const before = await rowCount(page);
    await page.getByTestId('rp-add').click();
    await page.getByTestId('rp-point-title').fill('Never saved');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('rp-point-title').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('rp-add');
    expect(await rowCount(page)).toBe(before);
  });

  it('moves between tabs with the arrow keys', async () => {
    page = await openLoaded(session);
    await page.getByTestId('rp-tab-points').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('rp-tab-profile').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByTestId('rp-profile-field').count()).toBe(25);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('rp-meeting-card').count()).toBe(1);
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('rp-search').count()).toBe(1);
  });

  it('stays within 800×600 and scrolls inside', async () => {
    page = await openLoaded(session);
    const size = await page.evaluate(() => ({ width: document.body.scrollWidth, height: document.body.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(800);
    expect(size.height).toBeLessThanOrEqual(600);
    const main = page.locator('.app-main');
    expect(await main.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  });
});

describe('popup: fill-ins and the meeting card', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    await page?.close();
  });

  const field = (p: Page, name: string) => p.locator(`[data-testid="rp-profile-field"][name="${name}"]`);

  it('offers the review date from the start date and trial length, saves as you type, and fills the previews', async () => {
    page = await openLoaded(session);
    const { id } = await ask(page, 'points/create', { point: { category: 'boss-motivation', title: 'For the manager', text: 'Good for {manager}, from {startDate} to {reviewDate}, with {target}.' } });
    await page.reload();
    await allRowsDrawn(page);
    expect(await page.locator(`[data-testid="rp-point"][data-point-id="${id}"]`).count()).toBe(1);
    await page.getByTestId('rp-tab-profile').click();
    await field(page, 'startDate').fill('2026-03-02');
    await field(page, 'trialWeeks').fill('6');
    await expect.poll(() => field(page, 'reviewDate').inputValue()).toBe('2026-04-13');
    await field(page, 'manager').fill('Dana');
    await expect.poll(async () => (await ask(page, 'profile/get', {})).manager).toBe('Dana');
    expect(await ask(page, 'profile/get', {})).toMatchObject({ startDate: '2026-03-02', trialWeeks: '6', reviewDate: '2026-04-13' });

    await page.getByTestId('rp-tab-points').click();
    await allRowsDrawn(page);
    const row = page.locator(`[data-testid="rp-point"][data-point-id="${id}"]`);
    expect(await row.getByTestId('rp-point-preview').textContent()).toBe('Good for Dana, from 2026-03-02 to 2026-04-13, with {target}.');
    expect(await row.getByTestId('rp-missing').allTextContents()).toEqual(['{target}']);

    // The missing fill-in leads straight to its field.
    await row.getByRole('button', { name: 'Fill in target' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('target');

    // A review date of the user's own stops following the trial length.
    await field(page, 'reviewDate').fill('2026-05-04');
    await field(page, 'trialWeeks').fill('8');
    expect(await field(page, 'reviewDate').inputValue()).toBe('2026-05-04');
    // A reload while the last keystroke's save is on its way would lose it.
    await expect.poll(async () => (await ask(page, 'profile/get', {})).trialWeeks).toBe('8');
    expect((await ask(page, 'profile/get', {})).reviewDate).toBe('2026-05-04');
    await page.reload();
    await page.getByTestId('rp-tab-profile').click();
    expect(await field(page, 'trialWeeks').inputValue()).toBe('8');
    expect(await field(page, 'reviewDate').inputValue()).toBe('2026-05-04');
  });

  it('the meeting card shows the ask, the chosen points in their sections, objections that open, and the ladder in group order', async () => {
    page = await openLoaded(session);
    await ask(page, 'profile/save', { profile: { days: 'Tuesdays and Thursdays', startDate: '2026-03-02', trialWeeks: '6', metric: 'tickets closed a week', baseline: '42', target: '45', manager: 'Dana' } });
    const listed = await ask(page, 'points/list', {});
    const reason = listed.find((p) => p.category === 'boss-motivation') as PitchPoint;
    const objection = listed.find((p) => p.category === 'objection-answer' && p.objection) as PitchPoint;
    const [firstSweetener, secondSweetener] = listed.filter((p) => p.category === 'sweetener') as [PitchPoint, PitchPoint];
    const notChosen = listed.find((p) => p.category === 'track-record') as PitchPoint;
    // The starter library puts a first card together; start this test from an empty one.
    for (const onCard of listed.filter((p) => p.onMeetingCard)) {
      await ask(page, 'points/update', { id: onCard.id, changes: { onMeetingCard: false } });
    }
    await page.reload();
    await allRowsDrawn(page);
    for (const chosen of [reason, objection, secondSweetener, firstSweetener]) {
      await page.locator(`[data-testid="rp-point"][data-point-id="${chosen.id}"]`).getByTestId('rp-point-on-card').check();
    }
    await expect.poll(async () => (await ask(page, 'points/list', {})).filter((p) => p.onMeetingCard).length).toBe(4);

    await page.getByTestId('rp-tab-meeting').click();
    const card = page.getByTestId('rp-meeting-card');
    expect(await card.getByTestId('rp-card-days').textContent()).toContain('Tuesdays and Thursdays');
    expect(await card.getByTestId('rp-card-reviewDate').textContent()).toContain('2026-04-13');
    expect(await card.getByTestId('rp-card-baseline').textContent()).toContain('42');
    expect(await card.getByTestId('rp-card-reasons').textContent()).toContain(reason.title);
    expect(await card.textContent()).not.toContain(notChosen.title);

    const answer = card.getByTestId('rp-card-objection').filter({ hasText: objection.objection ?? '' });
    expect(await answer.locator('details > p').first().isVisible()).toBe(false);
    await answer.locator('summary').click();
    expect(await answer.locator('details > p').first().isVisible()).toBe(true);
    if (objection.evidence) expect(await answer.textContent()).toContain(objection.evidence);

    const ladder = await card.getByTestId('rp-card-ladder').locator('.card-point-title').allTextContents();
    expect(ladder).toEqual([firstSweetener.title, secondSweetener.title]);
    expect(await card.getByTestId('rp-card-close').textContent()).toContain('2026-03-02');
  });

  it('Print opens the options page’s print view, which fits a full card on one A4 page', async () => {
    page = await openLoaded(session);
    // A generous card: more than the domain notes suggest taking into the room.
    const all = await ask(page, 'points/list', {});
    const take = { 'boss-motivation': 3, communication: 3, setup: 1, 'performance-indicator': 2, 'track-record': 2, 'objection-answer': 5, sweetener: 4, 'my-motivation': 1 } as Record<string, number>;
    const chosen = all.filter((p) => (take[p.category] = (take[p.category] ?? 0) - 1) >= 0);
    expect(chosen).toHaveLength(21);
    await ask(page, 'points/put', { points: all.map((p) => ({ ...p, onMeetingCard: chosen.includes(p) })) });
    await page.getByTestId('rp-tab-meeting').click();
    const [print] = await Promise.all([session.context.waitForEvent('page'), page.getByTestId('rp-print').click()]);
    await print.waitForLoadState();
    expect(print.url()).toContain('/src/options/index.html#print');
    await expect.poll(() => print.getByTestId('rp-card-point').count()).toBe(21 - 5);
    // Paper cannot be clicked: every objection prints open.
    expect(await print.locator('[data-testid="rp-card-objection"] details[open]').count()).toBe(5);
    expect(await print.getByTestId('rp-print-scale').textContent()).not.toContain('Too long');
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('.print-toolbar').isVisible()).toBe(false);
    const pdf = await print.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).toHaveLength(1);
    await print.close();
  });

  it('the print view says so when a card is too long for one page', async () => {
    page = await openLoaded(session);
    const all = await ask(page, 'points/list', {});
    await ask(page, 'points/put', { points: all.map((p) => ({ ...p, onMeetingCard: true })) });
    const print = await session.openPopup('src/options/index.html#print');
    await expect.poll(() => print.getByTestId('rp-print-scale').textContent()).toContain('Too long for one A4 page');
    await print.close();
  });

  it('the options page holds the same app with more room', async () => {
    page = await openLoaded(session, 'src/options/index.html');
    expect(await page.locator('.layout-page').count()).toBe(1);
    for (const tab of ['rp-tab-points', 'rp-tab-profile', 'rp-tab-meeting']) expect(await page.getByTestId(tab).count()).toBe(1);
    await page.getByTestId('rp-tab-meeting').click();
    await expect.poll(() => page.getByTestId('rp-meeting-card').count()).toBe(1);
  });
});

describe('popup: export and import', () => {
  const downloads = mkdtempSync(join(tmpdir(), 'rp-export-'));

  it('exports every field, and importing the file into a fresh browser profile gives the same library', async () => {
    const source = await launchExtension();
    let file: string;
    let exported: BackupDocument;
    try {
      const page = await openLoaded(source);
      const created = await ask(page, 'points/create', {
        point: { category: 'objection-answer', title: 'Out of sight', text: 'A note every {updateDay}.', objection: 'You will be invisible.', evidence: 'Owl Labs 2022', tags: ['visibility', 'trust'], use: ['meeting'], onMeetingCard: true },
      });
      await ask(page, 'points/record-use', { id: created.id });
      const sweeteners = (await ask(page, 'points/list', {})).filter((p) => p.category === 'sweetener');
      await ask(page, 'points/reorder', { category: 'sweetener', ids: sweeteners.map((p) => p.id).reverse() });
      const profile = Object.fromEntries(
        ['manager', 'myName', 'days', 'daysPerWeek', 'officeDays', 'trialWeeks', 'updateDay', 'metric', 'baseline', 'target', 'coreHours', 'responseTime', 'extendedHours', 'commuteMinutes', 'travelTime', 'teamGoal', 'project', 'yearsAtCompany', 'pastRemoteExample', 'tool', 'team', 'benefitToWaive', 'peakPeriods'].map((key) => [key, `value of ${key}`]),
      );
      await ask(page, 'profile/save', { profile: { ...profile, startDate: '2026-03-02', reviewDate: '2026-04-13' } });
      await page.reload();
      await allRowsDrawn(page);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rp-export').click()]);
      expect(download.suggestedFilename()).toMatch(/^remote-pitch-backup-\d{4}-\d{2}-\d{2}\.json$/);
      file = join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      exported = JSON.parse(await readFile(file, 'utf8')) as BackupDocument;
      const direct = await ask(page, 'data/export', {});
      expect(exported.points).toEqual(direct.points);
      expect(exported.profile).toEqual(direct.profile);
      expect(Object.keys(exported.profile)).toHaveLength(25);
      expect(exported.points.find((p) => p.id === created.id)).toMatchObject({ usedCount: 1, use: ['meeting'], onMeetingCard: true, evidence: 'Owl Labs 2022' });
    } finally {
      await source.close();
    }

    const fresh = await launchExtension();
    try {
      const page = await openLoaded(fresh);
      const before = await ask(page, 'points/list', {});
      await page.getByTestId('rp-import').setInputFiles(file);
      const plan = page.getByTestId('rp-import-plan');
      await expect.poll(() => plan.count()).toBe(1);
      // Nothing changes before the user confirms.
      expect(await ask(page, 'points/list', {})).toEqual(before);
      const added = exported.points.length - before.length;
      expect(await plan.textContent()).toMatch(new RegExp(`adds ${added}, updates \\d+, leaves \\d+ untouched`));
      await page.getByTestId('rp-import-confirm').click();
      await expect.poll(() => points(page).count()).toBe(exported.points.length);
      const after = await ask(page, 'data/export', {});
      expect(after.points).toEqual(exported.points);
      expect(after.profile).toEqual(exported.profile);
    } finally {
      await fresh.close();
    }
  });

  it('a rejected file shows the validator’s message and leaves the database as it was', async () => {
    const session = await launchExtension();
    try {
      const page = await openLoaded(session);
      const before = await ask(page, 'data/export', {});
      const broken = { ...before, points: before.points.map((p, i) => (i === 3 ? { ...p, category: 'gossip' } : p)) };
      const bad = join(downloads, 'bad.json');
      await writeFile(bad, JSON.stringify(broken));
      await page.getByTestId('rp-import').setInputFiles(bad);
      await expect.poll(() => page.getByTestId('rp-error').count()).toBe(1);
      expect(await page.getByTestId('rp-error').textContent()).toContain("points[3].category: 'gossip' is not one of my-motivation");
      expect(await page.getByTestId('rp-import-confirm').count()).toBe(0);

      const notJson = join(downloads, 'notes.json');
      await writeFile(notJson, 'my notes, not a backup');
      await page.getByTestId('rp-import').setInputFiles(notJson);
      await expect.poll(() => page.getByTestId('rp-error').textContent()).toContain('file: this is not valid JSON');

      const after = await ask(page, 'data/export', {});
      expect(after.points).toEqual(before.points);
      expect(after.profile).toEqual(before.profile);
    } finally {
      await session.close();
    }
  });
});

describe('popup: a long library', () => {
  it('draws every row of a thousand-point library, and a row far down can be used at once', async () => {
    const session = await launchExtension();
    try {
      const setup = await openLoaded(session);
      const now = Date.now();
      const many: PitchPoint[] = Array.from({ length: 1000 }, (_, i) => ({
        id: `long-${i}`, category: 'communication', title: `Long list point ${i}`, text: `Text ${i} for {manager}.`, tags: [`t${i % 10}`],
        use: ['email', 'meeting'], order: i, createdAt: now, updatedAt: now, usedCount: 0, origin: 'user',
      }));
      await ask(setup, 'points/put', { points: many });
      const total = (await ask(setup, 'points/list', {})).length;
      await setup.close();

      const page = await session.openPopup();
      await allRowsDrawn(page, 20_000);
      expect(await points(page).count()).toBe(total);
      const last = pointTitled(page, 'Long list point 999');
      await last.getByTestId('rp-move-up').click();
      await expect.poll(async () => (await ask(page, 'points/list', {})).filter((p) => p.category === 'communication').map((p) => p.title).slice(-2)).toEqual([
        'Long list point 999',
        'Long list point 998',
      ]);
      await page.getByTestId('rp-search').fill('point 999');
      await expect.poll(() => points(page).count()).toBe(1);
    } finally {
      await session.close();
    }
  });
});

describe('popup: settings, by keyboard', () => {
  it('deletes everything after a confirmation that says what goes, brings back a backup, and restores the starter points', async () => {
    const session = await launchExtension();
    const folder = mkdtempSync(join(tmpdir(), 'rp-settings-'));
    try {
      const page = await openLoaded(session);
      await ask(page, 'profile/save', { profile: { manager: 'Dana', days: 'Tuesdays' } });
      const backup = await ask(page, 'data/export', {});
      const file = join(folder, 'backup.json');
      await writeFile(file, JSON.stringify(backup));
      const starter = backup.points.length;
      await page.reload();
      await expect.poll(() => points(page).count()).toBe(starter);

      await page.getByTestId('rp-tab-points').focus();
      await page.keyboard.press('End');
      await expect.poll(() => page.getByTestId('rp-tab-settings').getAttribute('aria-selected')).toBe('true');
      await tabTo(page, 'rp-delete-all');
      await page.keyboard.press('Enter');
      const details = await page.getByTestId('rp-delete-all-details').textContent();
      expect(details).toContain(`all ${starter} points`);
      expect(details).toContain('your 2 filled-in fill-ins');
      // The safe answer has the focus; Escape backs out and nothing is lost.
      await expect.poll(() => focused(page)).toBe('rp-delete-all-cancel');
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page)).toBe('rp-delete-all');
      expect(await ask(page, 'points/list', {})).toHaveLength(starter);

      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('rp-delete-all-cancel');
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('rp-delete-all-confirm');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await ask(page, 'points/list', {})).length).toBe(0);
      expect(await ask(page, 'profile/get', {})).toEqual({});
      await page.getByTestId('rp-tab-points').click();
      expect(await rowCount(page)).toBe(0);
      expect(await page.getByTestId('rp-group').count()).toBe(8);

      // The backup comes back through the file picker, opened from the keyboard.
      await allRowsDrawn(page);
      await tabTo(page, 'rp-import', 80);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('label[for="rp-import-input"]') as Element).outlineStyle)).not.toBe('none');
      await chooseFileByKeyboard(page, file);
      await expect.poll(() => page.getByTestId('rp-import-plan').textContent()).toContain(`adds ${starter}, updates 0, leaves 0 untouched`);
      await expect.poll(() => focused(page)).toBe('rp-import-confirm');
      await page.keyboard.press('Enter');
      await expect.poll(() => points(page).count()).toBe(starter);
      expect(await ask(page, 'profile/get', {})).toEqual({ manager: 'Dana', days: 'Tuesdays' });

      const first = (await points(page).first().getAttribute('data-point-id')) ?? '';
      await points(page).first().getByTestId('rp-delete').click();
      await page.keyboard.press('Escape');
      await page.getByTestId('rp-tab-settings').click();
      await page.getByTestId('rp-restore-starter').click();
      await expect.poll(() => page.getByTestId('rp-settings-starter').textContent()).toContain('Restored 1 starter points.');
      expect((await ask(page, 'points/list', {})).some((p) => p.id === first)).toBe(true);
    } finally {
      await session.close();
    }
  });
});
