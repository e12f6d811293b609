import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PitchPoint } from '../../src/core/point';
import { launchExtension } from '../e2e/harness/extension';
import { allRowsDrawn } from '../e2e/harness/popup';

const OUT = join(import.meta.dirname, '../../docs/screenshots');

function sendMessage(page: Page, message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<{ ok: boolean; value?: unknown; error?: string }>;
}

/** A plausible user: fill-ins mostly done, a meeting card chosen, one point already used. */
async function stage(page: Page): Promise<void> {
  await sendMessage(page, {
    type: 'profile/save',
    profile: {
      manager: 'Dana', myName: 'Alex', days: 'Tuesdays and Thursdays', daysPerWeek: 'two', officeDays: 'Mondays, Wednesdays and Fridays',
      startDate: '2027-03-01', trialWeeks: '6', metric: 'support tickets resolved a week', baseline: '42', target: '45',
      coreHours: '9:00–17:30', responseTime: 'within 30 minutes', tool: 'Slack', updateDay: 'Friday afternoon',
      teamGoal: 'the spring release', yearsAtCompany: 'three years', project: 'the billing migration',
    },
  });
  const listed = ((await sendMessage(page, { type: 'points/list' })).value ?? []) as PitchPoint[];
  const take: Record<string, number> = { 'boss-motivation': 2, communication: 2, 'performance-indicator': 1, 'objection-answer': 3, sweetener: 3 };
  const chosen = listed.map((p) => ({ ...p, onMeetingCard: (take[p.category] = (take[p.category] ?? 0) - 1) >= 0, usedCount: p.category === 'my-motivation' && p.order === 0 ? 3 : p.usedCount }));
  await sendMessage(page, { type: 'points/put', points: chosen });
  // After the meeting: a yes with a trial, so the recap and the trial plan have something to show.
  await sendMessage(page, {
    type: 'outcomes/save',
    entry: {
      askedOn: '2026-11-30', answer: 'trial', mode: 'standard', notes: 'Dana wants the numbers every Friday.', askAgainOn: '',
      agreed: { days: 'Tuesdays and Thursdays', startDate: '2027-03-01', trialWeeks: '6', measures: '' },
    },
  });
}

describe('screenshots for the README', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`saves each tab of the popup in the ${scheme} scheme`, async () => {
      mkdirSync(OUT, { recursive: true });
      const session = await launchExtension({ colorScheme: scheme });
      try {
        const setup = await session.openPopup();
        await stage(setup);
        await setup.close();
        const page = await session.openPopup();
        await allRowsDrawn(page);
        // The page really follows the scheme: the background is light or dark.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(21, 24, 28)');
        for (const tab of ['points', 'profile', 'meeting', 'draft', 'rehearse'] as const) {
          await page.getByTestId(`rp-tab-${tab}`).click();
          if (tab === 'meeting') await page.getByTestId('rp-card-objection').first().locator('summary').click();
          if (tab === 'draft') await page.locator('[data-testid="rp-draft-coach"][data-analysed="true"]').waitFor();
          if (tab === 'rehearse') {
            await page.getByTestId('rp-rehearse-reveal').click();
            await page.getByTestId('rp-rehearse-answer').waitFor();
          }
          await page.mouse.move(0, 700);
          const path = join(OUT, `popup-${tab}-${scheme}.png`);
          const shot = await page.locator('body').screenshot({ path });
          expect(shot.length).toBeGreaterThan(10_000);
        }
        if (scheme === 'light') {
          // The builder with room to work, writing a formal UK request.
          const builder = await session.openPopup('src/options/index.html#draft');
          await builder.setViewportSize({ width: 1100, height: 1000 });
          await builder.getByTestId('rp-draft-mode').selectOption('uk');
          await builder.locator('[data-testid="rp-draft-check"]').first().waitFor();
          await builder.locator('[data-testid="rp-draft-coach"][data-analysed="true"]').waitFor();
          await builder.screenshot({ path: join(OUT, 'draft-formal-uk-page.png') });
          // After the meeting with room: the outcome log, the recap, the trial plan and its calendar file.
          const after = await session.openPopup('src/options/index.html#meeting');
          await after.setViewportSize({ width: 1100, height: 1000 });
          await expect.poll(() => after.getByTestId('rp-outcome-entry').count()).toBe(1);
          await expect.poll(() => after.getByTestId('rp-trial-date').count()).toBeGreaterThan(0);
          await after.locator('.after-meeting').screenshot({ path: join(OUT, 'after-meeting-page.png') });
          const print = await session.openPopup('src/options/index.html#print');
          await expect.poll(() => print.getByTestId('rp-card-point').count()).toBeGreaterThan(0);
          await print.setViewportSize({ width: 800, height: 1100 });
          await print.screenshot({ path: join(OUT, 'print-meeting-card.png') });
        }
      } finally {
        await session.close();
      }
    });
  }
});
