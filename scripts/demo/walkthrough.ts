/**
 * The demo: the built extension in Chromium against the project's look-alike Gmail and Outlook
 * pages, served locally with the same host mapping the tests use. With a display it opens a real
 * window and leaves it to you; without one it walks through the main flow headless and saves
 * screenshots to demo-output/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../../tests/e2e/harness/extension';
import { SITES } from '../../src/core/sites';
import { allRowsDrawn } from '../../tests/e2e/harness/popup';

const OUT = resolve(import.meta.dirname, '../../demo-output');

const DEMO_PROFILE = {
  manager: 'Sam',
  myName: 'Alex',
  days: 'Tuesdays and Thursdays',
  daysPerWeek: 'two',
  officeDays: 'Mondays, Wednesdays and Fridays',
  startDate: '2027-01-11',
  trialWeeks: '6',
  reviewDate: '2027-02-22',
  metric: 'support tickets resolved per week',
  baseline: '38',
  target: '40',
  coreHours: '9:00-17:00',
  responseTime: 'within 30 minutes',
};

const DRAFT = 'Hi Sam,\n\nI would like to propose working from home on Tuesdays and Thursdays, starting on 11 January.';

export async function run(): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';
  const session = await launchExtension({ headed });
  await seedProfile(session);
  if (headed) {
    const [first, ...others] = SITES.map((site) => `https://${site.hosts[0]}/?compose=1`);
    const page = await session.openPage(first ?? 'about:blank');
    for (const url of others) await session.openPage(url);
    await page.bringToFront();
    console.log('Chromium is open with Remote Pitch loaded: try the compose windows, then close the browser to end the demo.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    await session.close().catch(() => undefined);
    return [];
  }
  try {
    return await walkHeadless(session);
  } finally {
    await session.close();
  }
}

async function seedProfile(session: ExtensionSession): Promise<void> {
  const popup = await session.openPopup();
  // Runs in the popup page, where the extension's own runtime is the global `chrome`.
  await popup.evaluate((profile) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'profile/save', profile });
  }, DEMO_PROFILE);
  await popup.close();
}

async function walkHeadless(session: ExtensionSession): Promise<string[]> {
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const path = resolve(OUT, `${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };

  const popup = await session.openPopup();
  await popup.setViewportSize({ width: 420, height: 600 });
  await allRowsDrawn(popup);
  await shoot(popup, '1-popup-points');
  await popup.getByTestId('rp-tab-meeting').click();
  await popup.getByTestId('rp-meeting-card').waitFor();
  await shoot(popup, '2-meeting-card');
  await popup.close();

  for (const site of SITES) {
    const page = await session.openPage(`https://${site.hosts[0]}/?compose=1`);
    // The shots show our launcher, so the compose is taken before anything else.
    await page.getByTestId('rp-launcher').first().waitFor();
    // Every fixture's compose body is the compose's rich textbox.
    const body = page.locator('[data-fixture-compose] [role="textbox"][contenteditable="true"]').first();
    await body.click();
    // Start at the top of the body, above the signature the sites put in a new message.
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText(DRAFT);
    await shoot(page, `3-${site.id}-compose`);
    await page.getByTestId('rp-launcher').first().click();
    // The panel opens at once; its points and the coach's section arrive from the worker.
    const indicator = page.locator('[data-testid="rp-suggestion"][data-category="performance-indicator"]').first();
    await indicator.waitFor();
    await page.getByTestId('rp-coach').first().waitFor();
    await shoot(page, `4-${site.id}-panel`);
    await indicator.click();
    const insert = page.getByTestId('rp-fill-insert');
    if (await insert.isVisible().catch(() => false)) await insert.click();
    await page.getByTestId('rp-launcher').first().click();
    // Opening the panel has the coach look at the draft as it is now, insertion included.
    await page.getByTestId('rp-coach').first().waitFor();
    await shoot(page, `5-${site.id}-after-insert-with-coach`);
    await page.close();
  }
  return shots;
}
