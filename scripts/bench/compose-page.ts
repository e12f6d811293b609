import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../../tests/e2e/harness/extension';

/** A Gmail fixture page with one compose open and our launcher in it. */
export async function composePage(session: ExtensionSession): Promise<Page> {
  const page = await session.openPage('https://mail.google.com/?compose=1');
  await page.evaluate(() => (window as unknown as { fixture: { opened(): Promise<string[]> } }).fixture.opened());
  await page.waitForSelector('[data-testid="rp-launcher"]', { state: 'attached' });
  return page;
}
