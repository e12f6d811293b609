import type { Page } from 'playwright-core';

/**
 * Waits until the popup's points list has drawn every row. It draws a long list in slices, a
 * frame at a time, and says `data-rows="partial"` until the last one is in: a count, a title or
 * a screenshot taken before then shows only the slices so far.
 */
export async function allRowsDrawn(page: Page, timeout?: number): Promise<void> {
  await page.locator('[data-rows="all"]').waitFor({ state: 'attached', timeout });
}
