import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import type { AxeResults, ContextObject } from 'axe-core';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** WCAG 2.2 level A and AA, as the issue asks. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page (injected through the DevTools protocol, which the extension pages'
 * CSP does not stop, unlike a script tag) and returns each violation as "rule: target", so a failed
 * assertion says what to fix. `context` narrows it, e.g. to our panel inside its shadow root.
 */
export async function axeViolations(page: Page | Frame, context?: ContextObject): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  // The context goes over as JSON text: its type is too deep for Playwright's serialisable check.
  const results = (await page.evaluate(
    async ([scope, tags]) => {
      const { axe } = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } };
      return axe.run(scope ? (JSON.parse(scope) as unknown) : document, { runOnly: { type: 'tag', values: tags } });
    },
    [context ? JSON.stringify(context) : '', TAGS] as const,
  )) as AxeResults;
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`));
}
