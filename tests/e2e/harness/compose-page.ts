import type { Locator, Page } from 'playwright-core';
import type { InputRecord, RerenderPart } from '../../fixtures/fixture-api';
import { composeInPage, type ComposeRequest } from './fixture-page';

/**
 * What the Chromium compose tests do on a Gmail or Outlook fixture page, through Playwright: open
 * a compose, type and place the caret, pick a point with the mouse, read the body and the page's
 * input log.
 */

/** A mail page's `window.fixture`, as far as these tests call it (tests/fixtures/fixture-api.ts). */
export interface PageFixture {
  inputLog: InputRecord[];
  clearInputLog(): void;
  closeCompose(id: string): void;
  rerender(id: string, part?: RerenderPart): void;
  maximize(id: string): void;
  [method: string]: unknown;
}

/** Opens a compose through the fixture (or takes the one the page opened itself) and waits until it has rendered. */
export function openCompose(page: Page, form: ComposeRequest): Promise<string> {
  return page.evaluate(composeInPage, { open: form.open, arg: form.arg });
}

export function fixtureCall(page: Page, method: 'closeCompose' | 'rerender' | 'maximize', id: string, part?: RerenderPart): Promise<void> {
  return page.evaluate(([m, i, p]) => {
    const fixture = (window as unknown as { fixture: PageFixture }).fixture;
    (fixture[m] as (id: string, part?: string) => void)(i, p);
  }, [method, id, part] as const);
}

export function inputLog(page: Page): Promise<InputRecord[]> {
  return page.evaluate(() => (window as unknown as { fixture: PageFixture }).fixture.inputLog.slice());
}

/**
 * Resolves once an image the page asks our server for now has come back (an empty 204 answer:
 * no console error of its own).
 */
export function serverRoundTrip(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => {
    const probe = new Image();
    probe.onload = probe.onerror = () => done();
    probe.src = `/favicon.ico?probe=${Date.now()}`;
  }));
}

export const rootOf = (page: Page, id: string) => page.locator(`[data-fixture-compose="${id}"]`);
export const bodyIn = (root: Locator) => root.locator('[role="textbox"][contenteditable="true"]');
// roosterjs writes a space at a text's edge as a no-break space, as browsers do for typed ones.
export const textOf = (body: Locator) => body.evaluate((element) => (element as HTMLElement).innerText.replace(/\u00a0/g, ' '));

/** Puts the caret at the start of the body, types, then walks the caret `back` characters left. */
export async function typeAndPlaceCaret(page: Page, body: Locator, text: string, back: number): Promise<void> {
  await body.focus();
  await page.keyboard.type(text);
  for (let n = 0; n < back; n += 1) await page.keyboard.press('ArrowLeft');
}

export async function insertWithMouse(root: Locator, pointId: string): Promise<void> {
  await root.locator('[data-testid="rp-launcher"]').click();
  await root.locator(`[data-testid="rp-suggestion"][data-point-id="${pointId}"]`).click();
}

/** Whether keyboard focus is in this body (not in our panel, not elsewhere). */
export function bodyHasFocus(body: Locator): Promise<boolean> {
  return body.evaluate((element) => element.ownerDocument.activeElement === element);
}

/** The element focused inside our shadow root, by test id. */
export function focusedInPanel(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return inner?.dataset.testid;
  });
}


/** Where an element is drawn; it must be. */
export async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not drawn');
  return found;
}
