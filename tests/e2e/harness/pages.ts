import { afterEach, expect } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** What a page reports that a test must hear, in the terms both drivers share. */
export interface PageEvents {
  onConsole(listener: (type: string, text: string) => void): void;
  onPageError(listener: (message: string) => void): void;
  onDialog(listener: (message: string, dismiss: () => Promise<void>) => void): void;
}

interface DrivenPage {
  goto(url: string): Promise<unknown>;
  close(): Promise<void>;
}

export const playwrightEvents = (page: PlaywrightPage): PageEvents => ({
  onConsole: (listener) => page.on('console', (message) => listener(message.type(), message.text())),
  onPageError: (listener) => page.on('pageerror', (error) => listener(error.message)),
  onDialog: (listener) => page.on('dialog', (dialog) => listener(dialog.message(), () => dialog.dismiss())),
});

export const puppeteerEvents = (page: PuppeteerPage): PageEvents => ({
  onConsole: (listener) => page.on('console', (message) => listener(message.type(), message.text())),
  onPageError: (listener) => page.on('pageerror', (error) => listener(String(error))),
  onDialog: (listener) => page.on('dialog', (dialog) => listener(dialog.message(), () => dialog.dismiss())),
});

// Playwright says 'warning', puppeteer 'warn'.
const PROBLEM_TYPES = new Set(['error', 'warning', 'warn']);

/**
 * Returns `open(url)` for the calling test file, and registers its afterEach there: every page
 * opened in a test is closed after it, and the test fails if any of them logged an error or a
 * warning to the console (ours or the page's, content script included), threw, or opened a dialog.
 * Listening starts before the page loads, so what the content script says on arrival counts too.
 */
export function watchedPages<P extends DrivenPage>(newPage: () => Promise<P>, events: (page: P) => PageEvents): (url: string) => Promise<P> {
  const pages: P[] = [];
  let problems: string[] = [];

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    const heard = problems;
    problems = [];
    expect(heard).toEqual([]);
  });

  return async (url) => {
    const page = await newPage();
    pages.push(page);
    const heard = events(page);
    heard.onConsole((type, text) => {
      if (PROBLEM_TYPES.has(type)) problems.push(`${type}: ${text}`);
    });
    heard.onPageError((message) => problems.push(`pageerror: ${message}`));
    heard.onDialog((message, dismiss) => {
      problems.push(`dialog: ${message}`);
      void dismiss();
    });
    await page.goto(url);
    return page;
  };
}
