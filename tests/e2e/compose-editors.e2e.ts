import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bodyIn, fixtureCall, insertWithMouse, openCompose, rootOf, textOf, typeAndPlaceCaret } from './harness/compose-page';
import { editorInPage } from './harness/fixture-page';
import { chromiumForFile } from './harness/test-file';

/**
 * Insertion as each site's editor takes it, in real Chromium. Gmail's body keeps the browser's own
 * undo (the execCommand strategy); Outlook's is the real roosterjs 9 editor, which keeps its own
 * content model and undo snapshots, handles paste asynchronously and re-renders its DOM (the paste
 * strategy). Either way one Ctrl+Z removes exactly one insertion.
 */

const FIRST = { category: 'boss-motivation', title: 'E2E editors first', text: 'Mornings are for the report.' } as const;
const SECOND = { category: 'sweetener', title: 'E2E editors second', text: 'A six-week trial.' } as const;
const TRICKY = { category: 'setup', title: 'E2E editors tricky', text: 'First line\nSecond line <img src=x onerror=alert(1)> & "quotes"\nThird line' } as const;

const { ids, open, usesOf } = chromiumForFile({ first: FIRST, second: SECOND, tricky: TRICKY });
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe.each([
  { site: 'Gmail', url: 'https://mail.google.com/' },
  { site: 'Outlook', url: 'https://outlook.office.com/' },
])('$site', ({ url }) => {
  it('undoes two insertions one Ctrl+Z at a time, the words typed before them staying', async () => {
    const page = await open(url);
    const id = await openCompose(page, { open: 'openCompose' });
    const root = rootOf(page, id);
    const body = bodyIn(root);
    await typeAndPlaceCaret(page, body, 'Dear Sam, thanks', 0);
    const typed = await textOf(body);
    await insertWithMouse(root, ids.first);
    await expect.poll(() => textOf(body)).toContain(`Dear Sam, thanks ${FIRST.text}`);
    const once = await textOf(body);
    await insertWithMouse(root, ids.second);
    await expect.poll(() => textOf(body)).toContain(`thanks ${FIRST.text} ${SECOND.text}`);

    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(body)).toBe(once);
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(body)).toBe(typed);
  });
});

describe('Outlook (roosterjs)', () => {
  async function compose(page: Page) {
    const id = await openCompose(page, { open: 'openCompose' });
    const root = rootOf(page, id);
    return { id, root, body: bodyIn(root) };
  }

  it('replaces a selection, and one Ctrl+Z brings the selected words back', async () => {
    const page = await open('https://outlook.office.com/');
    const { id, root, body } = await compose(page);
    await typeAndPlaceCaret(page, body, 'Hello dear world', 'world'.length);
    for (let n = 0; n < 'dear '.length; n += 1) await page.keyboard.press('Shift+ArrowLeft');
    const typed = await textOf(body);
    await insertWithMouse(root, ids.second);
    await expect.poll(() => textOf(body)).toContain(`Hello ${SECOND.text} world`);
    expect(await textOf(body)).not.toContain('dear');
    expect((await page.evaluate(editorInPage, id))?.modelText).toContain(`Hello ${SECOND.text} world`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(body)).toBe(typed);
  });

  it('keeps markup as letters and line breaks as line breaks, and inserts the text once', async () => {
    const page = await open('https://outlook.office.com/');
    const { id, root, body } = await compose(page);
    await body.focus();
    const uses = await usesOf(ids.tricky);
    await insertWithMouse(root, ids.tricky);
    // The use is recorded once roosterjs has written the text: nothing is still on its way.
    await expect.poll(() => usesOf(ids.tricky)).toBe(uses + 1);
    const text = await textOf(body);
    expect(text).toMatch(/First line\n+Second line <img src=x onerror=alert\(1\)> & "quotes"\n+Third line/);
    expect(occurrences(text, 'Second line')).toBe(1);
    expect(await body.locator('img').count()).toBe(0);
    const editor = await page.evaluate(editorInPage, id);
    expect(editor?.changes).toEqual(['Paste']);
    expect(editor?.modelText).toContain('Second line <img src=x onerror=alert(1)> & "quotes"');
  });

  it('inserts at the caret the user left, though roosterjs drew the whole body anew while the panel was open', async () => {
    const page = await open('https://outlook.office.com/');
    const { id, root, body } = await compose(page);
    await typeAndPlaceCaret(page, body, 'Alpha omega', 'omega'.length);
    await root.locator('[data-testid="rp-launcher"]').click();
    await expect.poll(() => root.locator(`[data-testid="rp-suggestion"][data-point-id="${ids.second}"]`).count()).toBe(1);
    type Kept = { kept?: Element | null };
    await body.evaluate((element) => ((window as unknown as Kept).kept = element.firstElementChild));
    await fixtureCall(page, 'rerender', id, 'model');
    // Every element of the body is new: the caret's old nodes are gone.
    expect(await body.evaluate((element) => {
      const kept = (window as unknown as Kept).kept;
      return kept !== null && kept !== undefined && !kept.isConnected && element.firstElementChild !== kept;
    })).toBe(true);
    await root.locator(`[data-testid="rp-suggestion"][data-point-id="${ids.second}"]`).click();
    await expect.poll(() => textOf(body)).toContain(`Alpha ${SECOND.text} omega`);
  });
});
