import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { askExtension } from './harness/ask';
import { axeViolations } from './harness/axe';
import { composeInPage } from './harness/fixture-page';
import { allRowsDrawn } from './harness/popup';
import type { MessageType, RequestOf } from '../../src/shared/messages';

/**
 * Accessibility in real Chromium, beyond what the other tests see: axe-core's WCAG 2.2 AA rules over
 * every view (popup tabs, options page, print view, both compose panels with a fill-in prompt and
 * with the coach's findings), every point in the accessibility tree, reflow at 320 px and at 200 %,
 * the compose panel's live region, and where focus goes after each keyboard action.
 */

/** A point whose only fill-in the profile lacks, so picking it in a compose opens the prompt. */
const COMMUTE_POINT = { category: 'my-motivation', title: 'E2E a11y commute', text: 'I would win back {commuteMinutes} minutes a day.' } as const;
/** A sentence the coach reports (an ultimatum), so the panel has findings to check. */
const THREAT = 'Otherwise I will have to look elsewhere.';
const POPUP = 'src/popup/index.html';
const OPTIONS = 'src/options/index.html';
const TABS = ['points', 'profile', 'meeting', 'draft', 'rehearse', 'settings'] as const;

let session: ExtensionSession;
let titles: string[] = [];

const ask = <T extends MessageType>(type: T, request: RequestOf<T>) => askExtension(session, type, request);

beforeAll(async () => {
  session = await launchExtension({ dist: process.env.RP_DIST });
  await ask('points/create', { point: COMMUTE_POINT });
  // A start date and a trial, so the meeting card's facts and the trial plan are drawn too.
  await ask('profile/save', { profile: { manager: 'Sam', startDate: '2030-03-04', trialWeeks: '6', days: 'Tuesdays' } });
  titles = (await ask('points/list', {})).map((point) => point.title);
});

afterAll(async () => {
  await session?.close();
});

/** The popup (or options page) at a viewport, its whole list drawn. */
async function openAt(path: string, width: number, height: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  if (!path.includes('#print')) await allRowsDrawn(page);
  return page;
}

/** Shows a tab and waits for what it draws once loaded (some tabs load their code on first show). */
async function showTab(page: Page, tab: (typeof TABS)[number]): Promise<void> {
  await page.getByTestId(`rp-tab-${tab}`).click();
  const ready: Record<(typeof TABS)[number], string> = {
    points: '[data-rows="all"]',
    profile: '[data-testid="rp-profile-field"]',
    meeting: '[data-testid="rp-outcome-add"]',
    draft: '[data-testid="rp-draft-body"]',
    rehearse: '[data-testid="rp-rehearse-card"], [data-testid="rp-rehearse-empty"]',
    settings: '[data-testid="rp-delete-all"]',
  };
  await page.locator(ready[tab]).first().waitFor();
  if (tab === 'meeting') await page.locator('[data-testid="rp-trial-plan"], [data-testid="rp-trial-empty"]').first().waitFor();
}

/**
 * What a reflowed page must hold in this viewport: no sideways scrolling, neither of the page nor
 * of a box inside it, and every control scrolled into view lies inside the viewport's width and is
 * what a click at its centre lands on. Runs in the page; returns what fails.
 */
function reflowProblems(): string[] {
  const problems: string[] = [];
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  for (const element of document.querySelectorAll<HTMLElement>('body *:not(input, textarea, select)')) {
    const { overflowX } = getComputedStyle(element);
    if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${element.className || element.tagName} scrolls sideways: ${element.scrollWidth} > ${element.clientWidth}`);
    }
  }
  const controls = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, label.button')].filter(
    // Rendered ones: not in a closed <details>, not the hidden file input behind its label.
    (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.sr-only, .file-input, .skip-link'),
  );
  for (const element of controls) {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = element.getBoundingClientRect();
    const name = element.dataset.testid ?? (element.id || element.getAttribute('aria-label') || element.textContent?.trim().slice(0, 40) || element.tagName);
    if (box.left < -0.5 || box.right > innerWidth + 0.5) {
      problems.push(`${name} is outside the width: ${Math.round(box.left)}–${Math.round(box.right)} of ${innerWidth}`);
      continue;
    }
    const x = box.left + box.width / 2;
    const y = Math.min(Math.max(box.top + box.height / 2, 1), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const label = hit?.closest('label');
    if (!hit || !(element.contains(hit) || (label !== null && label !== undefined && label.control === element) || (element instanceof HTMLLabelElement && element.control?.contains(hit)))) {
      problems.push(`${name} is covered by ${hit ? hit.className || hit.tagName : 'nothing'}`);
    }
  }
  return problems;
}

describe('axe-core, WCAG 2.2 AA', () => {
  it('finds nothing in any tab of the popup, the meeting card with its outcome form and trial plan included', async () => {
    const page = await openAt(POPUP, 560, 600);
    for (const tab of TABS) {
      await showTab(page, tab);
      if (tab === 'meeting') await page.getByTestId('rp-outcome-add').click();
      expect({ tab, violations: await axeViolations(page) }).toEqual({ tab, violations: [] });
    }
    await page.close();
  });

  it('finds nothing in the options page and the print view', async () => {
    const page = await openAt(OPTIONS, 1200, 800);
    for (const tab of ['points', 'draft', 'meeting'] as const) {
      await showTab(page, tab);
      expect({ tab, violations: await axeViolations(page) }).toEqual({ tab, violations: [] });
    }
    const print = await openAt(`${OPTIONS}#print`, 1200, 800);
    await print.getByTestId('rp-meeting-card').waitFor();
    expect(await axeViolations(print)).toEqual([]);
    await page.close();
    await print.close();
  });
});

describe('the accessibility tree', () => {
  it('holds every point of the starter library, not only those on screen', async () => {
    expect(titles.length).toBeGreaterThanOrEqual(40);
    const page = await openAt(POPUP, 560, 600);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const headings = new Set(nodes.filter((node) => !node.ignored && node.role?.value === 'heading').map((node) => String(node.name?.value ?? '')));
    const missing = titles.filter((title) => !headings.has(title));
    expect({ exposed: titles.length - missing.length, missing }).toEqual({ exposed: titles.length, missing: [] });
    await cdp.detach();
    await page.close();
  });
});

describe('reflow (WCAG 1.4.10)', () => {
  for (const { name, width, height } of [
    { name: '320 px wide', width: 320, height: 600 },
    { name: '200 % zoom of the 560 × 600 popup', width: 280, height: 300 },
  ]) {
    it(`keeps every control of every popup tab reachable at ${name}, without sideways scrolling`, async () => {
      const page = await openAt(POPUP, width, height);
      for (const tab of TABS) {
        await showTab(page, tab);
        expect({ tab, problems: await page.evaluate(reflowProblems) }).toEqual({ tab, problems: [] });
      }
      await page.close();
    });

    it(`does the same for the options page and the print view at ${name}`, async () => {
      const page = await openAt(OPTIONS, width, height);
      for (const tab of ['points', 'draft', 'meeting'] as const) {
        await showTab(page, tab);
        expect({ tab, problems: await page.evaluate(reflowProblems) }).toEqual({ tab, problems: [] });
      }
      const print = await openAt(`${OPTIONS}#print`, width, height);
      await print.getByTestId('rp-meeting-card').waitFor();
      expect(await print.evaluate(reflowProblems)).toEqual([]);
      await page.close();
      await print.close();
    });
  }
});

describe('keyboard paths in the popup and the print view', () => {
  const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

  it('reaches Export from the Points tab in two key presses, by a skip link after the tabs, seen when focused', async () => {
    const page = await openAt(POPUP, 560, 600);
    await page.getByTestId('rp-tab-points').focus();
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('rp-skip-backup');
    const skip = await page.getByTestId('rp-skip-backup').boundingBox();
    expect(skip && skip.y >= 0 && skip.x >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('rp-export');
    // Back where it was: the list and the address are untouched.
    expect(page.url()).not.toContain('#');
    expect(await page.getByRole('contentinfo', { name: 'Backup' }).count()).toBe(1);
    await page.close();
  });

  it('names a missing fill-in by its label, not by its placeholder', async () => {
    const page = await openAt(POPUP, 560, 600);
    const row = page.getByTestId('rp-point').filter({ has: page.locator('.point-title', { hasText: COMMUTE_POINT.title }) });
    const button = row.locator('.point-missing button');
    expect(await button.getAttribute('aria-label')).toBe('Fill in Commute (minutes)');
    expect(await row.locator('.point-missing').textContent()).not.toContain('commuteMinutes');
    await page.close();
  });

  it('puts focus back on "Print…" after "Back to the card" in the print view', async () => {
    const page = await openAt(`${OPTIONS}#print`, 1200, 800);
    await page.getByTestId('rp-meeting-card').waitFor();
    await page.getByRole('link', { name: 'Back to the card' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('rp-print');
    await page.close();
  });
});

describe.each([
  { site: 'Gmail', url: 'https://mail.google.com/' },
  { site: 'Outlook', url: 'https://outlook.office.com/' },
])('the $site compose panel', ({ url }) => {
  async function openPanel(): Promise<{ page: Page; root: Locator; scope: string }> {
    const page = await session.openPage(url);
    const id = await page.evaluate(composeInPage, { open: 'openCompose' });
    const scope = `[data-fixture-compose="${id}"]`;
    const root = page.locator(scope);
    await root.getByTestId('rp-launcher').waitFor();
    await root.locator('[role="textbox"][contenteditable="true"]').focus();
    await page.keyboard.type(`Hi Sam, I'd like to work from home on Tuesdays. ${THREAT}`);
    await root.getByTestId('rp-launcher').click();
    await expect.poll(() => root.getByTestId('rp-suggestion').count()).toBeGreaterThan(10);
    await root.locator('[data-testid="rp-finding"][data-finding-id="ultimatum"]').waitFor();
    return { page, root, scope };
  }
  const panelOnly = (scope: string) => ({ include: [{ fromShadowDom: [`${scope} [data-remote-pitch]`, '.rp-panel'] as [string, string] }] });

  /** The element focused inside our shadow root, or what the page has focused outside it. */
  const deepFocus = (page: Page) => page.evaluate(() => {
    const outer = document.activeElement;
    const inner = outer?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return inner ? `ours:${inner.dataset.testid ?? inner.id}` : `page:${outer?.tagName ?? ''}`;
  });

  it('passes axe with its list and coach findings, and with a fill-in prompt open', async () => {
    const { page, root, scope } = await openPanel();
    expect(await axeViolations(page, panelOnly(scope))).toEqual([]);

    await root.getByTestId('rp-panel-search').fill('E2E a11y commute');
    await root.getByTestId('rp-suggestion').first().click();
    await root.getByTestId('rp-fill-form').waitFor();
    expect(await axeViolations(page, panelOnly(scope))).toEqual([]);
    await page.close();
  });

  it('labels the prompt\'s fill-in by its name in the profile, and wraps its explanation instead of cutting it off', async () => {
    const { page, root } = await openPanel();
    await root.getByTestId('rp-panel-search').fill('E2E a11y commute');
    await root.getByTestId('rp-suggestion').first().click();
    const form = root.getByTestId('rp-fill-form');
    await form.waitFor();
    expect(await form.locator('label.field').first().textContent()).toBe('Commute (minutes)');
    expect(await form.textContent()).not.toContain('commuteMinutes');
    const note = root.getByTestId('rp-fill-note');
    expect(await note.textContent()).toMatch(/visible \[gap\] to fill by hand\.$/);
    const cut = await note.evaluate((element) => {
      const style = getComputedStyle(element);
      return { overflowing: element.scrollWidth > element.clientWidth, ellipsis: style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap' };
    });
    expect(cut).toEqual({ overflowing: false, ellipsis: false });
    await page.close();
  });

  it('announces through a live region, there before the search, when nothing matches and how many do', async () => {
    const { page, root } = await openPanel();
    const found = root.getByTestId('rp-panel-found');
    expect(await found.getAttribute('role')).toBe('status');
    const region = await found.elementHandle();
    await root.getByTestId('rp-panel-search').fill('xyzzy');
    await expect.poll(() => found.textContent()).toBe('No point matches “xyzzy”.');
    expect(await found.isVisible()).toBe(true);
    await root.getByTestId('rp-panel-search').fill('commute');
    await expect.poll(() => found.textContent()).toMatch(/^\d+ points?$/);
    await root.locator('[role="listbox"][data-rows="all"]').waitFor();
    const shown = await root.getByTestId('rp-suggestion').count();
    expect(await found.textContent()).toBe(`${shown} point${shown > 1 ? 's' : ''}`);
    // The same element all along: a region put in with its text is often not announced.
    expect(await region?.evaluate((element) => element.isConnected)).toBe(true);
    await page.close();
  });

  it('makes the coach\'s checklist one Tab stop with the arrows inside', async () => {
    const { page, root } = await openPanel();
    const facets = root.getByTestId('rp-facet');
    expect(await facets.count()).toBe(8);
    await facets.first().focus();
    expect(await deepFocus(page)).toBe('ours:rp-facet');
    const firstId = await facets.first().getAttribute('id');
    await page.keyboard.press('ArrowDown');
    const secondId = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id);
    expect(secondId).not.toBe(firstId);
    expect(secondId).toMatch(/^rp-[fp]-/);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe(firstId);
    // One item of the list takes Tab; the next Tab leaves the checklist.
    expect(await root.locator('.facets [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement;
      return inner ? inner.closest('.facets') !== null : false;
    });
    expect(after).toBe(false);
    await page.close();
  });

  it('closes when Tab takes focus out of it, leaving focus where Tab went', async () => {
    const { page, root } = await openPanel();
    const panel = root.getByTestId('rp-panel');
    // Backwards out of the search: the launcher that opened it, collapsed again.
    await root.getByTestId('rp-panel-search').focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await deepFocus(page)).toBe('ours:rp-launcher');
    expect(await root.getByTestId('rp-launcher').getAttribute('aria-expanded')).toBe('false');

    // Forwards past its last control: out to the page.
    await root.getByTestId('rp-launcher').click();
    await expect.poll(() => panel.count()).toBe(1);
    await root.locator('[data-testid="rp-finding"][data-finding-id="ultimatum"]').waitFor();
    for (let presses = 0; presses < 30 && (await panel.count()) > 0; presses += 1) await page.keyboard.press('Tab');
    expect(await panel.count()).toBe(0);
    expect(await deepFocus(page)).toMatch(/^page:/);
    await page.close();
  });
});
