import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LIMITS } from '../../src/core/point';
import { PROFILE_KEYS } from '../../src/core/profile';
import { MIGRATIONS } from '../../src/storage/open';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { allRowsDrawn } from './harness/popup';
import { previousVersionIn } from './harness/previous-version';

const POINTS = LIMITS.points;

describe('schema upgrade in real Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it(`upgrades the previous version with ${POINTS} points and the fill-ins, a popup and a compose open, and loses no record`, { timeout: 240_000 }, async () => {
    // An extension page, done with its own requests, builds the previous release's database and
    // keeps it open twice: as a page that makes way for a newer version, and one that does not.
    const oldPage = await session.openPopup();
    await allRowsDrawn(oldPage);
    const previous = await previousVersionIn(oldPage);
    const profile = Object.fromEntries(PROFILE_KEYS.map((key) => [key, `value of ${key}`]));
    expect(await previous.build(POINTS, profile)).toBe(MIGRATIONS.length - 1);
    const before = await previous.remember();
    expect(before.version).toBe(MIGRATIONS.length - 1);
    expect(before.stores.find((store) => store.name === 'points')?.records).toBe(POINTS);
    expect(before.stores.find((store) => store.name === 'profile')?.records).toBe(1);

    // The new worker's first requests: a popup opening, and a compose opening its panel.
    const popup = await session.openPopup();
    const mail: Page = await session.openPage('https://mail.google.com/?compose=1');
    await mail.getByTestId('rp-launcher').first().click();
    // Blocked: the stubborn old page was asked to close for the new version, and has not.
    await expect.poll(() => previous.blockedBy(), { timeout: 60_000 }).toBe(MIGRATIONS.length);
    expect(await popup.locator('[role="tabpanel"]').getAttribute('aria-busy')).toBe('true');

    await previous.release();
    await expect.poll(() => popup.locator('[role="tabpanel"]').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
    await expect.poll(() => mail.getByTestId('rp-suggestion').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await popup.getByTestId('rp-error').count()).toBe(0);

    const after = await previous.compare();
    expect(after.version).toBe(MIGRATIONS.length);
    // Every record of every store the previous version had, as it was: 0 lost, 0 changed.
    for (const store of before.stores) expect(after.stores.find((s) => s.name === store.name)).toEqual(store);
    expect(await popup.getByTestId('rp-point').count()).toBeGreaterThan(0);
    await mail.close();
    await popup.close();
    await oldPage.close();
  });
});
