import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askExtension } from './harness/ask';
import { bodyIn, rootOf, textOf, typeAndPlaceCaret } from './harness/compose-page';
import { chromiumForFile } from './harness/test-file';

/**
 * What the mail page's own scripts can do to us, in real Chromium. Our shadow root is open, so a
 * script can reach our launcher, panel and fill-in form: none of its events opens the panel,
 * inserts, records a use or saves to the profile, whatever it renames. And a page that takes a
 * compose out and goes on changing it never sets our upkeep going in circles: it stays responsive.
 */

const PLAIN = { category: 'boss-motivation', title: 'E2E page scripts', text: 'I can close the report before the team logs on.' } as const;
const FILL = { category: 'sweetener', title: 'E2E page scripts fill-in', text: 'We could review it with {manager}.' } as const;

const { session, ids, open, usesOf } = chromiumForFile({ plain: PLAIN, fill: FILL });
const profile = () => askExtension(session(), 'profile/get', {});

/** Runs `script` in the page's own world on our launcher's open shadow root, as a page script could. */
function inOurShadow(page: Page, script: string): Promise<void> {
  return page.evaluate((source) => {
    const shadow = document.querySelector('[data-remote-pitch]')?.shadowRoot;
    if (!shadow) throw new Error('no launcher');
    new Function('shadow', source)(shadow);
  }, script);
}

/** What `evaluation` resolved with, or 'no answer' after `ms`: a hung page never answers. */
function within<T>(evaluation: Promise<T>, ms: number): Promise<T | 'no answer'> {
  return Promise.race([evaluation, new Promise<'no answer'>((done) => setTimeout(() => done('no answer'), ms))]);
}

const answerWithin = (page: Page, ms: number) => within(page.evaluate(() => 1), ms);

describe('events a page script makes', () => {
  it('neither open the panel, pick a point, record a use nor insert', async () => {
    const page = await open('https://mail.google.com/?compose=1');
    const [id = ''] = await page.evaluate(() => (window as unknown as { fixture: { opened(): Promise<string[]> } }).fixture.opened());
    const root = rootOf(page, id);
    const body = bodyIn(root);
    await expect.poll(() => root.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    await typeAndPlaceCaret(page, body, 'Hello world', 0);
    const typed = await textOf(body);
    const uses = await usesOf(ids.plain);

    await inOurShadow(page, "shadow.querySelector('[data-testid=\"rp-launcher\"]').click();");
    await page.evaluate(() => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true })));
    expect(await root.locator('[data-testid="rp-panel"]').count()).toBe(0);

    // The user opens it; the page then tries to choose for them.
    await root.locator('[data-testid="rp-launcher"]').click();
    await expect.poll(() => root.locator(`[data-testid="rp-suggestion"][data-point-id="${ids.plain}"]`).count()).toBe(1);
    await inOurShadow(page, `
      shadow.querySelector('[data-testid="rp-suggestion"][data-point-id="${ids.plain}"]').click();
      shadow.querySelector('[data-testid="rp-panel-search"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));`);
    // Still open and nothing sent: a trusted click on another point proves the panel was live all along.
    expect(await root.locator('[data-testid="rp-panel"]').count()).toBe(1);
    expect(await usesOf(ids.plain)).toBe(uses);
    expect(await textOf(body)).toBe(typed);
    await root.locator(`[data-testid="rp-suggestion"][data-point-id="${ids.plain}"]`).click();
    await expect.poll(() => usesOf(ids.plain)).toBe(uses + 1);
    expect(await textOf(body)).toContain(PLAIN.text);
  });

  it('cannot submit the fill-in prompt, nor save under a name they gave its field', async () => {
    const page = await open('https://outlook.office.com/?compose=1');
    const [id = ''] = await page.evaluate(() => (window as unknown as { fixture: { opened(): Promise<string[]> } }).fixture.opened());
    const root = rootOf(page, id);
    const body = bodyIn(root);
    await expect.poll(() => root.locator('[data-testid="rp-launcher"]').count()).toBe(1);
    await body.focus();
    const before = await profile();
    await root.locator('[data-testid="rp-launcher"]').click();
    await root.locator(`[data-testid="rp-suggestion"][data-point-id="${ids.fill}"]`).click();
    await root.locator('[data-testid="rp-fill-form"]').waitFor();

    await inOurShadow(page, `
      const field = shadow.querySelector('[data-testid="rp-fill-field"]');
      field.name = 'myName';
      field.value = 'Mallory';
      shadow.querySelector('[data-testid="rp-fill-form"]').requestSubmit();`);
    expect(await root.locator('[data-testid="rp-fill-form"]').count()).toBe(1);
    expect(await textOf(body)).not.toContain('review it');
    expect(await profile()).toEqual(before);

    // The user's own click inserts, and saves the answer under the name the point asks for.
    await root.locator('[data-testid="rp-fill-insert"]').click();
    await expect.poll(() => textOf(body)).toContain('We could review it with Mallory.');
    await expect.poll(async () => (await profile()).manager).toBe('Mallory');
    expect((await profile()).myName).toBe(before.myName);
  });
});

describe('a compose the page takes out of the document', () => {
  it.each([
    ['in the same task', false],
    ['a task later', true],
  ])('and then changes %s, leaves the page answering, with nothing of ours put back', async (_when, later) => {
    const page = await open('https://mail.google.com/?compose=1');
    const [id = ''] = await page.evaluate(() => (window as unknown as { fixture: { opened(): Promise<string[]> } }).fixture.opened());
    await expect.poll(() => rootOf(page, id).locator('[data-testid="rp-launcher"]').count()).toBe(1);
    const changed = page.evaluate(([composeId, nextTask]) => {
      const root = document.querySelector(`[data-fixture-compose="${composeId}"]`);
      const row = root?.querySelector('tr.btC');
      if (!root || !row) throw new Error('no compose');
      root.remove();
      const change = () => row.append(document.createElement('td'));
      if (nextTask) setTimeout(change, 0);
      else change();
      (window as unknown as { detached?: Element }).detached = root;
      return 'changed';
    }, [id, later] as const);
    expect(await within(changed, 1000)).toBe('changed');
    expect(await answerWithin(page, 1000)).toBe(1);
    expect(await answerWithin(page, 1000)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { detached?: Element }).detached?.querySelectorAll('[data-remote-pitch]').length)).toBe(0);
    // The compose put back is found again, with one launcher.
    await page.evaluate(() => {
      const root = (window as unknown as { detached?: Element }).detached;
      if (root) document.querySelector('.dw .no')?.append(root);
    });
    await bodyIn(rootOf(page, id)).focus();
    await expect.poll(() => rootOf(page, id).locator('[data-testid="rp-launcher"]').count()).toBe(1);
    expect(await answerWithin(page, 1000)).toBe(1);
  });
});
