import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MessageType, RequestOf, ResponseOf } from '../../src/shared/messages';
import { askExtension } from './harness/ask';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { composeInPage } from './harness/fixture-page';
import { playwrightEvents, watchedPages } from './harness/pages';

/**
 * Before, during and after the meeting, in real Chromium: rehearsing the objection answers by
 * keyboard, the trial plan's calendar file, the outcome log across a reload, and the recap put into
 * a Gmail and an Outlook compose through the panel.
 */

let session: ExtensionSession;
const ask = <T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>> => askExtension(session, type, request);
const open = watchedPages(() => session.context.newPage(), playwrightEvents);
const popup = (path = 'src/popup/index.html') => open(`chrome-extension://${session.extensionId}/${path}`);

const PROFILE = {
  manager: 'Dana', myName: 'Alex', days: 'Tuesdays and Thursdays', startDate: '2027-03-15', trialWeeks: '6', metric: 'tickets resolved per week', baseline: '42', target: '45',
};

beforeAll(async () => {
  session = await launchExtension();
  await ask('profile/save', { profile: PROFILE });
});
afterAll(async () => {
  await session?.close();
});

const cardId = (page: Page) => page.getByTestId('rp-rehearse-card').getAttribute('data-point-id');

describe('rehearsal', () => {
  it('runs on the keyboard alone, and the answers that need work come first next time', async () => {
    const page = await popup();
    await page.getByTestId('rp-tab-rehearse').click();
    await page.getByTestId('rp-rehearse-card').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('rp-rehearse-card');
    const first = await cardId(page);
    expect(await page.getByTestId('rp-rehearse-answer').count()).toBe(0);

    await page.keyboard.press(' ');
    await page.getByTestId('rp-rehearse-answer').waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => cardId(page)).not.toBe(first);
    const second = await cardId(page);
    await page.keyboard.press(' ');
    await page.getByTestId('rp-rehearse-answer').waitFor();
    await page.keyboard.press('2');
    await expect.poll(() => cardId(page)).not.toBe(second);
    // The arrows move back and forth without marking.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => cardId(page)).toBe(second);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => cardId(page)).not.toBe(second);
    await expect.poll(async () => (await ask('rehearsal/list', {})).map((mark) => [mark.pointId, mark.mark]).sort()).toEqual([[first, 'confident'], [second, 'needs-work']].sort());

    await page.reload();
    await page.getByTestId('rp-tab-rehearse').click();
    await expect.poll(() => cardId(page)).toBe(second);
    // The buttons do the same as the keys.
    await page.getByTestId('rp-rehearse-reveal').click();
    await page.getByTestId('rp-rehearse-confident').click();
    await expect.poll(async () => (await ask('rehearsal/list', {})).find((mark) => mark.pointId === second)?.mark).toBe('confident');
  });
});

describe('the trial plan', () => {
  it('lists the meetings and downloads them as one calendar file: an event each, stable UIDs, a reminder the day before', async () => {
    const page = await popup();
    await page.getByTestId('rp-tab-meeting').click();
    const dates = page.getByTestId('rp-trial-date');
    await expect.poll(() => dates.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.date))).toEqual(['2027-03-29', '2027-04-26']);
    await page.locator('#rp-trial-rhythm').selectOption('two-weeks-midpoint');
    await expect.poll(() => dates.count()).toBe(3);

    const read = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rp-trial-ics').click()]);
      expect(download.suggestedFilename()).toBe('remote-pitch-trial.ics');
      const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
      return calendar.getAllSubcomponents('vevent').map((event) => ({
        uid: String(event.getFirstPropertyValue('uid')),
        start: new ICAL.Event(event).startDate.toJSDate().toISOString().slice(0, 10),
        description: String(event.getFirstPropertyValue('description')),
        trigger: String(event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')),
      }));
    };
    const events = await read();
    expect(events.map((event) => event.start)).toEqual(['2027-03-29', '2027-04-05', '2027-04-26']);
    for (const event of events) {
      expect(event.trigger).toBe('-P1D');
      expect(event.description).toContain('Measure: tickets resolved per week (baseline 42, target 45).');
    }
    await page.locator('#rp-trial-time').fill('14:30');
    await expect.poll(async () => (await ask('trial/get', {})).time).toBe('14:30');
    expect((await read()).map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });
});

describe('the outcome log', () => {
  it('keeps what the user logged across a reload, and the trial plan follows what was agreed', async () => {
    const page = await popup();
    await page.getByTestId('rp-tab-meeting').click();
    await page.getByTestId('rp-outcome-add').click();
    await page.locator('#rp-outcome-asked').fill('2026-12-01');
    await page.getByTestId('rp-outcome-answer').selectOption('trial');
    await page.locator('#rp-outcome-start').fill('2027-04-05');
    await page.locator('#rp-outcome-weeks').fill('8');
    await page.locator('#rp-outcome-notes').fill('Numbers every Friday.');
    await page.getByTestId('rp-outcome-save').click();
    await expect.poll(() => page.getByTestId('rp-outcome-entry').count()).toBe(1);

    await page.reload();
    await page.getByTestId('rp-tab-meeting').click();
    const entry = page.getByTestId('rp-outcome-entry');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.getAttribute('data-answer')).toBe('trial');
    expect(await entry.textContent()).toContain('Numbers every Friday.');
    expect(await entry.getByRole('button', { name: 'Edit “1 December 2026”' }).textContent()).toBe('Edit');
    await expect.poll(() => page.getByTestId('rp-trial-date').last().getAttribute('data-date')).toBe('2027-05-31');
    expect(await page.getByTestId('rp-recap-body').inputValue()).toContain("Thanks for today — to confirm what we agreed: from 5 April 2027 I'll work from home on Tuesdays and Thursdays for a trial of 8 weeks");

    // A "not now" suggests when to ask again.
    await page.getByTestId('rp-outcome-add').click();
    await page.locator('#rp-outcome-asked').fill('2026-12-02');
    await page.getByTestId('rp-outcome-answer').selectOption('not-now');
    expect(await page.locator('#rp-outcome-again').inputValue()).toBe('2027-03-02');
    await page.getByTestId('rp-outcome-save').click();
    await expect.poll(() => page.getByTestId('rp-outcome-entry').count()).toBe(2);
    const stored = await ask('outcomes/list', {});
    expect(stored.map((item) => [item.answer, item.askAgainOn])).toEqual([['not-now', '2027-03-02'], ['trial', '']]);
    await ask('outcomes/delete', { id: stored[0]?.id ?? '' });
  });

  it.each([
    { name: 'Gmail', url: 'https://mail.google.com/' },
    { name: 'Outlook', url: 'https://outlook.office.com/' },
  ])('gives the recap to the compose panel, which inserts it at the caret in $name', async ({ url }) => {
    expect((await ask('outcomes/list', {})).length).toBeGreaterThan(0);
    const page = await open(url);
    const id = await page.evaluate(composeInPage, { open: 'openCompose' });
    const body = page.locator(`[data-fixture-compose="${id}"] [role="textbox"][contenteditable="true"]`);
    await body.focus();
    await page.locator(`[data-fixture-compose="${id}"] [data-testid="rp-launcher"]`).click();
    await page.getByTestId('rp-insert-recap').click();
    await expect.poll(() => body.evaluate((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' '))).toContain('Hi Dana, Thanks for today — to confirm what we agreed: from 5 April 2027');
  });
});
