import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PitchPoint } from '../../src/core/point';
import { SITE_SWITCHES_KEY } from '../../src/shared/site-switches';
import { askFrom as ask } from './harness/ask';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { allRowsDrawn } from './harness/popup';
import { carrySyncArea, readSyncArea, syncStatus } from './harness/sync-area';

const now = (page: Page) => page.evaluate(() => Date.now());

/** Waits until a round of sync that started after `since` has finished on that computer. */
async function syncedSince(page: Page, since: number): Promise<void> {
  await expect.poll(async () => (await syncStatus(page)).lastSyncAt ?? 0, { timeout: 60_000 }).toBeGreaterThan(since);
}

/** What sync makes equal: every point but what is counted per computer, the fill-ins and the site switches. */
async function pitch(page: Page) {
  const points = (await ask(page, 'points/list', {})).map(({ usedCount: _u, lastUsedAt: _l, createdAt: _c, updatedAt: _t, ...rest }) => rest);
  const sites = await page.evaluate((key) => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(key), SITE_SWITCHES_KEY);
  return { points: points.sort((a, b) => (a.id < b.id ? -1 : 1)), profile: await ask(page, 'profile/get', {}), sites: sites[SITE_SWITCHES_KEY] };
}

async function openSettings(session: ExtensionSession): Promise<Page> {
  const page = await session.openPopup();
  await allRowsDrawn(page);
  await page.getByTestId('rp-tab-settings').click();
  return page;
}

/** Edits a point through the popup's form: only the field typed into is saved. */
async function editInPopup(page: Page, id: string, field: 'rp-point-title' | 'rp-point-text', value: string): Promise<void> {
  await page.getByTestId('rp-tab-points').click();
  await allRowsDrawn(page);
  await page.locator(`[data-testid="rp-point"][data-point-id="${id}"]`).getByTestId('rp-edit').click();
  await page.getByTestId(field).fill(value);
  await page.getByTestId('rp-save').click();
  await expect.poll(async () => (await ask(page, 'points/list', {})).find((p) => p.id === id)?.[field === 'rp-point-title' ? 'title' : 'text']).toBe(value);
}

describe('sync between two browser profiles', () => {
  let home: ExtensionSession;
  let work: ExtensionSession;
  beforeAll(async () => {
    home = await launchExtension();
    work = await launchExtension();
  });
  afterAll(async () => {
    await home?.close();
    await work?.close();
  });

  it('ends equal on both after edits on both sides, a delete on one and a conflict on the same point', { timeout: 240_000 }, async () => {
    const atHome = await openSettings(home);
    const atWork = await openSettings(work);
    for (const page of [atHome, atWork]) {
      expect(await page.getByTestId('rp-sync-status').textContent()).toBe('Sync is off: your pitch stays on this computer only.');
      await page.getByTestId('rp-sync-toggle').check();
      await expect.poll(() => page.getByTestId('rp-sync-status').textContent()).toMatch(/^Sync is on\. Last synced .+; \d+% of the browser's sync space in use \([\d.]+ of 100\.0 KB\)\.$/);
    }
    const [same, conflict, gone] = (await ask(atHome, 'points/list', {})) as [PitchPoint, PitchPoint, PitchPoint];

    // The same point edited on both computers, in different fields: both edits stay.
    await editInPopup(atHome, same.id, 'rp-point-title', 'Quiet mornings, written at home');
    await editInPopup(atWork, same.id, 'rp-point-text', 'Written at work: I send the report before the team logs on.');
    // The same field on both: the later edit wins.
    await ask(atHome, 'points/update', { id: conflict.id, changes: { title: 'The older title' } });
    await ask(atWork, 'points/update', { id: conflict.id, changes: { title: 'The newer title' } });
    // A delete on one side.
    await atHome.locator(`[data-testid="rp-point"][data-point-id="${gone.id}"]`).getByTestId('rp-delete').click();
    await expect.poll(async () => (await ask(atHome, 'points/list', {})).some((p) => p.id === gone.id)).toBe(false);
    const added = await ask(atWork, 'points/create', { point: { category: 'setup', title: 'Second monitor', text: 'A desk and a second monitor at home.' } });
    await ask(atHome, 'profile/update', { values: { manager: 'Dana' } });
    await ask(atWork, 'profile/update', { values: { days: 'Tuesdays and Thursdays' } });
    await atWork.evaluate((key) => (globalThis as unknown as { chrome: { storage: { local: { set(i: unknown): Promise<void> } } } }).chrome.storage.local.set({ [key]: { gmail: true, outlook: false } }), SITE_SWITCHES_KEY);

    // Each computer writes its changes to its own sync area; the browser's sync carries them over.
    let since = await now(atHome);
    await syncedSince(atHome, since);
    await syncedSince(atWork, since);
    since = await now(atWork);
    await carrySyncArea(atHome, atWork);
    await syncedSince(atWork, since);
    since = await now(atHome);
    await carrySyncArea(atWork, atHome);
    await syncedSince(atHome, since);

    const onBoth = await pitch(atHome);
    expect(await pitch(atWork)).toEqual(onBoth);
    expect(onBoth.points.find((p) => p.id === same.id)).toMatchObject({ title: 'Quiet mornings, written at home', text: 'Written at work: I send the report before the team logs on.' });
    expect(onBoth.points.find((p) => p.id === conflict.id)?.title).toBe('The newer title');
    expect(onBoth.points.some((p) => p.id === gone.id)).toBe(false);
    expect(onBoth.points.find((p) => p.id === added.id)?.title).toBe('Second monitor');
    expect(onBoth.profile).toEqual({ manager: 'Dana', days: 'Tuesdays and Thursdays' });
    expect(onBoth.sites).toEqual({ gmail: true, outlook: false });
    // Settled: home had nothing to add to what work wrote, so both areas hold the same copy.
    expect(await readSyncArea(atHome)).toEqual(await readSyncArea(atWork));

    // Off keeps the data here and stops taking changes; on again merges what happened meanwhile.
    await atHome.getByTestId('rp-tab-settings').click();
    await atHome.getByTestId('rp-sync-toggle').uncheck();
    await expect.poll(() => atHome.getByTestId('rp-sync-status').textContent()).toBe('Sync is off: your pitch stays on this computer only.');
    since = await now(atWork);
    await ask(atWork, 'points/update', { id: same.id, changes: { title: 'Changed at work while home was off' } });
    await syncedSince(atWork, since);
    await carrySyncArea(atWork, atHome);
    expect((await pitch(atHome)).points).toEqual(onBoth.points);
    since = await now(atHome);
    await atHome.getByTestId('rp-sync-toggle').check();
    await syncedSince(atHome, since);
    expect((await ask(atHome, 'points/list', {})).find((p) => p.id === same.id)?.title).toBe('Changed at work while home was off');
  });
});
