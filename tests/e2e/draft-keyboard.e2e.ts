import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MailFixture } from '../fixtures/fixture-api';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { composeInPage } from './harness/fixture-page';
import { playwrightEvents, watchedPages } from './harness/pages';

/**
 * "From an empty profile to a request in their Gmail or Outlook compose in under two minutes with
 * the keyboard alone": a new user, nothing filled in, who only presses keys. Every key press and
 * every value typed is counted; the time is estimated for a modest typist (3 characters a second,
 * a second per other key), since the test itself types far faster than a person.
 */

/** What a new user types when the builder asks; dates as typed into the browser's date field (en-US). */
const ANSWERS: Record<string, string> = {
  manager: 'Dana', myName: 'Alex Kim', days: 'Tuesdays and Thursdays', trialWeeks: '6', startDate: '03012027', teamGoal: 'the spring release',
  metric: 'tickets resolved per week', baseline: '42', target: '45', coreHours: '9:00-17:30', responseTime: 'within 30 minutes',
  yearsAtCompany: 'three years', project: 'the billing migration',
};
const CHARACTERS_PER_SECOND = 3;
const SECONDS_PER_KEY = 1;

let session: ExtensionSession;
const open = watchedPages(() => session.context.newPage(), playwrightEvents);

beforeEach(async () => {
  session = await launchExtension();
});
afterEach(async () => {
  await session?.close();
});

/** The keyboard, counting: one step per key pressed, one per value typed (and its characters, for the time). */
function countingKeyboard(page: Page) {
  const tally = { keys: 0, values: 0, characters: 0 };
  return {
    tally,
    async press(key: string) {
      tally.keys += 1;
      await page.keyboard.press(key);
    },
    async type(text: string) {
      tally.values += 1;
      tally.characters += text.length;
      await page.keyboard.type(text);
    },
    seconds: () => tally.characters / CHARACTERS_PER_SECOND + tally.keys * SECONDS_PER_KEY,
  };
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
const focusedName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

describe.each([
  { site: 'Gmail', button: 'rp-draft-open-gmail', host: 'mail.google.com' },
  { site: 'Outlook', button: 'rp-draft-open-outlook', host: 'outlook.office.com' },
])('a new user, by keyboard alone, to a request in a $site compose', ({ button, host }) => {
  it('takes a handful of keys and the fill-ins, well under two minutes', async () => {
    const popup = await open(`chrome-extension://${session.extensionId}/src/popup/index.html`);
    await popup.getByTestId('rp-tab-points').waitFor();
    const keys = countingKeyboard(popup);

    // Into the row of tabs, then along it to the builder.
    await keys.press('Tab');
    await expect.poll(() => focusedTestId(popup)).toBe('rp-tab-points');
    for (let n = 0; n < 3; n += 1) await keys.press('ArrowRight');
    await expect.poll(() => focusedTestId(popup)).toBe('rp-tab-draft');
    await popup.getByTestId('rp-draft-body').waitFor();
    // On through the builder's controls to the button.
    for (let n = 0; n < 20 && (await focusedTestId(popup)) !== button; n += 1) await keys.press('Tab');
    expect(await focusedTestId(popup)).toBe(button);
    await keys.press('Enter');

    // The builder asks for what the empty profile lacks, first field focused; Tab between them.
    await popup.getByTestId('rp-draft-fill').waitFor();
    const asked = await popup.getByTestId('rp-draft-fill-field').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    expect(asked.length).toBeGreaterThan(5);
    for (const [index, name] of asked.entries()) {
      await expect.poll(() => focusedName(popup)).toBe(name);
      await keys.type(ANSWERS[name] ?? 'something');
      if (index === asked.length - 1) break;
      // A date field takes one more Tab: past its calendar button.
      for (let n = 0; n < 3 && (await focusedName(popup)) === name; n += 1) await keys.press('Tab');
    }
    const [tab] = await Promise.all([session.context.waitForEvent('page'), keys.press('Enter')]);

    try {
      await tab.waitForLoadState('domcontentloaded');
      expect(new URL(tab.url()).host).toBe(host);
      const id = await tab.evaluate(composeInPage, {});
      const body = await tab.evaluate((composeId) => (window as unknown as { fixture: MailFixture }).fixture.bodyOf(composeId)?.innerText ?? '', id);
      expect(body).toMatch(/^Hi Dana,/);
      expect(body).toContain('Tuesdays and Thursdays, starting 1 March 2027');
      expect(body).toContain('12 April 2027');
      expect(body).not.toMatch(/[{}[\]]/);
      const steps = keys.tally.keys + keys.tally.values;
      console.info(`${host}: ${steps} steps (${keys.tally.keys} keys, ${keys.tally.values} values of ${keys.tally.characters} characters), about ${Math.round(keys.seconds())} s for a modest typist`);
      expect(keys.seconds()).toBeLessThan(120);
    } finally {
      await tab.close();
    }
  });
});
