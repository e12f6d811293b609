import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { MailFixture } from '../fixtures/fixture-api';
import type { Profile } from '../../src/core/profile';
import type { MessageType, RequestOf, ResponseOf } from '../../src/shared/messages';
import { askExtension } from './harness/ask';
import { launchExtension, type ExtensionSession } from './harness/extension';
import { composeInPage, editorInPage } from './harness/fixture-page';
import { playwrightEvents, watchedPages } from './harness/pages';

/**
 * The draft builder in real Chromium: a whole request built from the starter points and the
 * fill-ins, edited with the coach reading along, a formal request's checklist, and the ways out:
 * a new Gmail or Outlook draft on the sites' compose pages (the fixtures), the compose panel's
 * "Insert full draft", and the clipboard.
 */

const PROFILE: Profile = {
  manager: 'Dana', myName: 'Alex Kim', days: 'Tuesdays and Thursdays', startDate: '2027-03-01', trialWeeks: '6', teamGoal: 'the spring release',
  metric: 'tickets resolved per week', baseline: '42', target: '45', coreHours: '9:00–17:30', responseTime: 'within 30 minutes',
  yearsAtCompany: 'three years', project: 'the billing migration',
};

let session: ExtensionSession;
const ask = <T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>> => askExtension(session, type, request);
const open = watchedPages(() => session.context.newPage(), playwrightEvents);
const popupUrl = (path = 'src/popup/index.html') => `chrome-extension://${session.extensionId}/${path}`;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function setProfile(profile: Profile): Promise<void> {
  await ask('profile/save', { profile });
}

/** Starts each test from the builder's own choices. */
async function resetDraft(): Promise<void> {
  await ask('drafts/save', {
    kind: 'request',
    draft: { tone: 'friendly', length: 'full', mode: 'standard', chosen: null, previousRequest: false, sendDate: '', values: {}, outlook: 'outlook-work', subject: null, body: null, updatedAt: 0 },
  });
}

const bodyField = (page: Page) => page.getByTestId('rp-draft-body');
const bodyText = (page: Page) => bodyField(page).inputValue();
/** Resolves once the coach has read the text the textarea holds now. */
const analysed = (page: Page) => page.locator('[data-testid="rp-draft-coach"][data-analysed="true"]').waitFor();

async function openDraft(path?: string): Promise<Page> {
  const page = await open(popupUrl(path));
  await page.getByTestId('rp-tab-draft').click();
  await bodyField(page).waitFor();
  await analysed(page);
  return page;
}

/** What the stored draft's body is now: saving runs behind the typing, so tests wait for it before reloading. */
async function storedBody(): Promise<string | null | undefined> {
  return (await ask('drafts/get', { kind: 'request' }))?.body;
}

const checks = async (page: Page) =>
  Object.fromEntries(await page.getByTestId('rp-draft-check').evaluateAll((items) => items.map((item) => [(item as HTMLElement).dataset.element, (item as HTMLElement).dataset.present])));

/** The tab a click opens, once its page has announced the composes it opened. */
async function tabOpenedBy(click: () => Promise<void>): Promise<{ tab: Page; id: string }> {
  const [tab] = await Promise.all([session.context.waitForEvent('page'), click()]);
  await tab.waitForLoadState('domcontentloaded');
  const id = await tab.evaluate(composeInPage, {});
  return { tab, id };
}

/** The subject and the body's text of a fixture compose, as the user sees them. */
function composeContent(tab: Page, id: string): Promise<{ subject: string; body: string }> {
  return tab.evaluate((composeId) => {
    const fixture = (window as unknown as { fixture: MailFixture }).fixture;
    const root = fixture.rootOf(composeId);
    const subject = root?.querySelector<HTMLInputElement>('input[name="subjectbox"], [id$="_SUBJECT"] input')?.value ?? '';
    return { subject, body: fixture.bodyOf(composeId)?.innerText ?? '' };
  }, id);
}

/** Whitespace-insensitive: editors lay lines out as blocks and breaks. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the draft builder', () => {
  beforeAll(async () => {
    await setProfile(PROFILE);
  });

  it('builds a whole request from the points and fill-ins, follows the choices, and keeps the user’s edits across a reload', async () => {
    await resetDraft();
    const page = await openDraft();
    expect(await bodyText(page)).toMatch(/^Hi Dana,\n\nI'd like to propose a trial of working from home on Tuesdays and Thursdays, starting 1 March 2027\./);
    expect(await page.getByTestId('rp-draft-subject').inputValue()).toBe('Proposal: working from home on Tuesdays and Thursdays, starting with a 6-week trial');
    expect(await page.locator('[data-testid="rp-draft-facet"][data-covered="true"]').count()).toBeGreaterThanOrEqual(7);
    expect(await page.getByTestId('rp-draft-finding').count()).toBe(0);

    await page.getByTestId('rp-draft-tone').selectOption('formal');
    await expect.poll(() => bodyText(page)).toMatch(/^Dear Dana,\n\nI am writing to propose/);
    await page.getByTestId('rp-draft-length').selectOption('short');
    await expect.poll(async () => (await bodyText(page)).split(/\s+/).length).toBeLessThan(150);

    // The user's own words: the coach reads them, and the choices no longer rewrite the text.
    await bodyField(page).press('Control+End');
    await page.keyboard.type('\nP.S. If it is not possible, I will have to look for another job.');
    await expect.poll(() => page.locator('[data-testid="rp-draft-finding"][data-finding-id="ultimatum"]').count()).toBe(1);
    await page.getByTestId('rp-draft-length').selectOption('full');
    await expect(page.getByTestId('rp-draft-edited').isVisible()).resolves.toBe(true);
    expect(await bodyText(page)).toContain('P.S. If it is not possible');
    await expect.poll(storedBody).toContain('look for another job.');

    await page.reload();
    await page.getByTestId('rp-tab-draft').click();
    await expect.poll(() => bodyText(page)).toContain('P.S. If it is not possible');
    await page.getByTestId('rp-draft-rebuild').click();
    await expect.poll(() => bodyText(page)).not.toContain('P.S.');
    // Rebuilt with the choices made meanwhile: formal and full.
    expect(await bodyText(page)).toMatch(/^Dear Dana,/);
    expect((await bodyText(page)).split(/\s+/).length).toBeGreaterThan(180);
  });

  it('shows each element a formal request needs, present or missing as the user edits, with what happens next', async () => {
    await resetDraft();
    const page = await openDraft();
    await page.getByTestId('rp-draft-mode').selectOption('uk');
    await expect.poll(() => checks(page)).toEqual({ date: 'true', statement: 'true', change: 'true', 'start-date': 'true', 'previous-requests': 'true' });
    const statement = 'Please treat this email as my statutory request for flexible working. ';
    expect(await bodyText(page)).toContain(statement);
    await bodyField(page).fill((await bodyText(page)).replace(statement, '').replace('my first statutory request', 'my first request'));
    await expect.poll(() => checks(page)).toMatchObject({ statement: 'false', 'previous-requests': 'true' });
    const next = page.getByTestId('rp-draft-next');
    expect(await next.getByTestId('rp-draft-not-advice').textContent()).toContain('This is not legal advice.');
    expect(await next.textContent()).toMatch(/last checked on \d{1,2} \w+ 20\d\d/);
    expect(await next.locator('a[href^="https://www.gov.uk/"]').count()).toBe(1);
    expect(await next.locator('[data-testid="rp-draft-step"][data-by]').count()).toBeGreaterThan(0);

    await page.getByTestId('rp-draft-rebuild').click();
    await page.getByTestId('rp-draft-mode').selectOption('ni');
    await expect.poll(() => checks(page)).toMatchObject({ 'business-effect': 'false', 'effect-handling': 'false', statement: 'true' });
    await page.locator('#rp-draft-businessEffect').fill('none on output');
    await page.locator('#rp-draft-effectHandling').fill('I will come in at short notice');
    await expect.poll(() => checks(page)).toMatchObject({ 'business-effect': 'true', 'effect-handling': 'true' });

    await page.getByTestId('rp-draft-mode').selectOption('ie');
    await expect.poll(async () => Object.keys(await checks(page))).toEqual(['date', 'statement', 'days-times', 'location', 'start-date', 'duration', 'reasons', 'previous-requests', 'signature']);
  });

  it.each([
    { name: 'Gmail', button: 'rp-draft-open-gmail', account: undefined, host: 'mail.google.com' },
    { name: 'Outlook, work or school', button: 'rp-draft-open-outlook', account: 'outlook-work', host: 'outlook.office.com' },
    { name: 'Outlook.com', button: 'rp-draft-open-outlook', account: 'outlook-personal', host: 'outlook.live.com' },
  ])('opens the edited draft as a new $name draft: the site’s compose holds the subject and the body', async ({ button, account, host }) => {
    await resetDraft();
    const page = await openDraft();
    await page.getByTestId('rp-draft-subject').fill('Proposal: home on Tuesdays & Thursdays (6 weeks)');
    await bodyField(page).fill(`${await bodyText(page)}\n\nP.S. My own line, with 50% + "quotes".`);
    if (account) await page.getByLabel('Outlook account').selectOption(account);
    const { tab, id } = await tabOpenedBy(() => page.getByTestId(button).click());
    try {
      expect(new URL(tab.url()).host).toBe(host);
      const content = await composeContent(tab, id);
      expect(content.subject).toBe('Proposal: home on Tuesdays & Thursdays (6 weeks)');
      // Outlook keeps its signature under the draft, as it does for any new message.
      expect(flat(content.body).startsWith(flat(await bodyText(page)))).toBe(true);
      // It is a compose like any other: the extension serves it too.
      await expect.poll(() => tab.locator(`[data-fixture-compose="${id}"] [data-testid="rp-launcher"]`).count()).toBe(1);
      expect(await page.getByTestId('rp-draft-status').textContent()).toContain('Opened in a new tab');
    } finally {
      await tab.close();
    }
  });

  it('opens a compose with the subject only when the draft is too long for a link, and says how to put it in', async () => {
    await resetDraft();
    const page = await openDraft();
    await bodyField(page).fill(`${await bodyText(page)}\n\n${'More detail about the plan. '.repeat(150)}`);
    const { tab, id } = await tabOpenedBy(() => page.getByTestId('rp-draft-open-gmail').click());
    try {
      const content = await composeContent(tab, id);
      expect(content.subject).toContain('Proposal: working from home');
      expect(content.body.trim()).toBe('');
      expect(await page.getByTestId('rp-draft-status').textContent()).toMatch(/too long .* Insert full draft/);
    } finally {
      await tab.close();
    }
  });

  it('copies the draft as plain text', async () => {
    await resetDraft();
    const page = await openDraft();
    await page.getByTestId('rp-draft-copy').click();
    await expect.poll(() => page.getByTestId('rp-draft-status').textContent()).toContain('Copied');
    // Chromium grants no clipboard reading to extension pages from outside: read it where a mail
    // client would paste it, on a web page allowed to read the clipboard.
    await session.context.grantPermissions(['clipboard-read'], { origin: 'https://www.example.org' });
    const reader = await open('https://www.example.org/');
    await reader.bringToFront();
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(await bodyText(page));
  });

  it('asks for the fill-ins the draft still lacks before it leaves, and keeps them for next time', async () => {
    await resetDraft();
    const { metric: _metric, baseline: _baseline, ...without } = PROFILE;
    await setProfile(without);
    try {
      const page = await openDraft();
      expect(await bodyText(page)).toContain('{metric}');
      await page.getByTestId('rp-draft-open-gmail').click();
      const fields = page.getByTestId('rp-draft-fill-field');
      expect(await fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name))).toEqual(['metric', 'baseline']);
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('metric');
      await page.keyboard.type('tickets closed per week');
      await page.keyboard.press('Tab');
      await page.keyboard.type('40');
      const { tab, id } = await tabOpenedBy(() => page.keyboard.press('Enter'));
      try {
        expect(flat((await composeContent(tab, id)).body)).toContain("judge the arrangement mainly on tickets closed per week. It's currently around 40");
      } finally {
        await tab.close();
      }
      await expect.poll(async () => (await ask('profile/get', {})).metric).toBe('tickets closed per week');
      await expect.poll(() => bodyText(page)).not.toContain('{metric}');
    } finally {
      await setProfile(PROFILE);
    }
  });

  it('works in the options page too, with the coach beside the text', async () => {
    await resetDraft();
    const page = await open(popupUrl('src/options/index.html#draft'));
    await page.setViewportSize({ width: 1200, height: 900 });
    await analysed(page);
    const text = await bodyField(page).boundingBox();
    const coach = await page.getByTestId('rp-draft-coach').boundingBox();
    expect(text && coach && coach.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0) - 1);
    expect(text?.width).toBeGreaterThan(500);
  });
});

describe('"Insert full draft" in the compose panel', () => {
  beforeAll(async () => {
    await setProfile(PROFILE);
  });

  /** The compose body, its text, and what the page heard. */
  const bodyOf = (page: Page, id: string): Locator => page.locator(`[data-fixture-compose="${id}"] [role="textbox"][contenteditable="true"]`);
  const textOf = (body: Locator) => body.evaluate((element) => (element as HTMLElement).innerText);

  it.each([
    { name: 'Gmail', url: 'https://mail.google.com/', editor: 'browser' },
    { name: 'Outlook', url: 'https://outlook.office.com/', editor: 'roosterjs' },
  ])('puts the whole request in at the caret in $name, heard by the page, and one Ctrl+Z takes it out', async ({ url, editor }) => {
    await resetDraft();
    const builder = await openDraft();
    const draft = await bodyText(builder);
    const page = await open(url);
    const id = await page.evaluate(composeInPage, { open: 'openCompose' });
    const body = bodyOf(page, id);
    await body.focus();
    await page.keyboard.type('Before.');
    await page.locator(`[data-fixture-compose="${id}"] [data-testid="rp-launcher"]`).click();
    await page.getByTestId('rp-insert-draft').click();
    await expect.poll(async () => flat(await textOf(body))).toContain(flat(draft));
    expect(flat(await textOf(body)).startsWith('Before. Hi Dana,')).toBe(true);
    if (editor === 'browser') {
      const heard = await page.evaluate(() => (window as unknown as { fixture: MailFixture }).fixture.inputLog.filter((record) => record.type === 'input'));
      expect(heard.some((record) => record.isTrusted && record.data?.includes('Hi Dana,'))).toBe(true);
    } else {
      // Outlook's roosterjs takes the draft as a paste into its own model, with an undo snapshot.
      const state = await page.evaluate(editorInPage, id);
      expect(state?.changes).toContain('Paste');
      expect(flat(state?.modelText ?? '')).toContain('Hi Dana,');
    }
    expect(await page.getByTestId('rp-panel').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => flat(await textOf(body))).not.toContain('Hi Dana');
    expect(flat(await textOf(body)).startsWith('Before.')).toBe(true);
  });

  it("shows the formal request's checklist in the compose coach while that mode is on, following what the user types", async () => {
    await ask('drafts/save', {
      kind: 'request',
      draft: { tone: 'formal', length: 'full', mode: 'uk', chosen: null, previousRequest: false, sendDate: '', values: {}, outlook: 'outlook-work', subject: null, body: null, updatedAt: 0 },
    });
    const page = await open('https://mail.google.com/');
    const id = await page.evaluate(composeInPage, { open: 'openCompose' });
    const body = bodyOf(page, id);
    await body.focus();
    await page.keyboard.type('Dear Dana, I would like to work from home on Fridays from 1 March 2027.');
    await page.locator(`[data-fixture-compose="${id}"] [data-testid="rp-launcher"]`).click();
    await expect.poll(() => checks(page)).toEqual({ date: 'false', statement: 'false', change: 'true', 'start-date': 'true', 'previous-requests': 'false' });
    // Escape closes the panel and puts the caret back where it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('rp-panel').count()).toBe(0);
    await page.keyboard.type(' This is my statutory request for flexible working, and my first.');
    await page.locator(`[data-fixture-compose="${id}"] [data-testid="rp-launcher"]`).click();
    await expect.poll(() => checks(page)).toMatchObject({ statement: 'true', 'previous-requests': 'false' });
    await resetDraft();
  });

  it('asks in the panel for the fill-ins the draft lacks, as for a point', async () => {
    await resetDraft();
    const { manager: _manager, ...without } = PROFILE;
    await setProfile(without);
    try {
      const page = await open('https://mail.google.com/');
      const id = await page.evaluate(composeInPage, { open: 'openCompose' });
      await bodyOf(page, id).focus();
      await page.locator(`[data-fixture-compose="${id}"] [data-testid="rp-launcher"]`).click();
      await page.getByTestId('rp-insert-draft').click();
      // The prompt comes from the worker: wait for it rather than reading the fields once.
      await page.getByTestId('rp-fill-form').waitFor();
      const field = page.getByTestId('rp-fill-field');
      // The prompt is drawn by the worker: waited for, not looked for once.
      await expect.poll(() => field.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name))).toEqual(['manager']);
      await field.fill('Robin');
      await page.getByTestId('rp-fill-insert').click();
      await expect.poll(async () => flat(await textOf(bodyOf(page, id)))).toContain("Hi Robin, I'd like to propose a trial");
    } finally {
      await setProfile(PROFILE);
    }
  });
});
