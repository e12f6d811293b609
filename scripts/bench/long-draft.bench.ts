import type { Page } from 'playwright-core';
import { launchExtension } from '../../tests/e2e/harness/extension';
import { BADGE_WAIT } from '../../src/content/features/coach/coach';
import { composePage } from './compose-page';
import { summarise, type BenchFigure } from './figure';

/**
 * A 50 000-word draft in a real Gmail compose, in Chromium with the built extension (expects
 * `dist/` built): how long after its pause the coach's badge answers a key typed at its end, the
 * longest task the page runs meanwhile, and how long the popup's list waits if it asks while the
 * worker reads that draft, against the same list asked with nothing else going on.
 * Times are taken inside the pages (epoch milliseconds, one clock for both).
 */
const WORDS = 50_000;
const SAMPLES = 9;

const SENTENCE_WORDS = ['I', 'would', 'like', 'to', 'work', 'from', 'home', 'on', 'Fridays', 'for', 'a', 'trial', 'of', 'six', 'weeks', 'and', 'review', 'it', 'with', 'you', 'then.'];

/** Fills the compose's body with `words` words, a paragraph of a few sentences per div, as a pasted document would. */
function fillDraft(page: Page, words: number): Promise<void> {
  return page.evaluate(({ words, sentence }) => {
    const body = document.querySelector<HTMLElement>('[data-fixture-compose] [role="textbox"][contenteditable="true"]');
    if (!body) throw new Error('no compose body');
    const paragraphs: HTMLElement[] = [];
    for (let count = 0, n = 0; count < words; n += 1) {
      const div = document.createElement('div');
      const shift = n % sentence.length;
      div.textContent = `${[...sentence.slice(shift), ...sentence.slice(0, shift)].join(' ')} Paragraph ${n}.`;
      count += sentence.length + 2;
      paragraphs.push(div);
    }
    body.replaceChildren(...paragraphs);
  }, { words, sentence: SENTENCE_WORDS });
}

/**
 * Types one key at the draft's end; resolves with how long after the coach's pause the badge was
 * written again, and the longest main-thread task from the key to then.
 */
async function badgeAfterKey(page: Page): Promise<{ answer: number; longestTask: number }> {
  await page.evaluate(() => {
    const state = window as unknown as { rpBadge?: Promise<{ typed: number; answered: number; longestTask: number }> };
    const badge = document.querySelector('[data-remote-pitch]')?.shadowRoot?.querySelector('[data-testid="rp-badge"]');
    if (!badge) throw new Error('no badge');
    state.rpBadge = new Promise((resolve, reject) => {
      let longestTask = 0;
      const tasks = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
      });
      tasks.observe({ type: 'longtask' });
      document.addEventListener('input', (event) => {
        const typed = performance.timeOrigin + event.timeStamp;
        const watch = new MutationObserver(() => {
          watch.disconnect();
          const answered = performance.timeOrigin + performance.now();
          // Long tasks are reported after they end: one more turn before reading them.
          setTimeout(() => {
            tasks.disconnect();
            resolve({ typed, answered, longestTask });
          }, 50);
        });
        watch.observe(badge, { childList: true, characterData: true, subtree: true });
      }, { capture: true, once: true });
      setTimeout(() => reject(new Error('no badge within 20 s')), 20_000);
    });
  });
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  const { typed, answered, longestTask } = await page.evaluate(() => (window as unknown as { rpBadge: Promise<{ typed: number; answered: number; longestTask: number }> }).rpBadge);
  return { answer: answered - typed - BADGE_WAIT, longestTask };
}

/**
 * Clicks the launcher; resolves with how long after the click the panel showed its first suggestion
 * and the coach's section (with the ranking and the section, the coach's whole answer).
 */
async function panelAfterClick(page: Page): Promise<{ suggestion: number; coach: number }> {
  await page.evaluate(() => {
    const state = window as unknown as { rpPanel?: Promise<{ suggestion: number; coach: number }> };
    const root = document.querySelector('[data-remote-pitch]')?.shadowRoot;
    if (!root) throw new Error('no launcher');
    state.rpPanel = new Promise((resolve, reject) => {
      document.addEventListener('click', (event) => {
        const clicked = event.timeStamp;
        let suggestion = 0;
        const seen = () => {
          if (!suggestion && root.querySelector('[data-testid="rp-panel"][data-styled] [data-testid="rp-suggestion"]')) suggestion = performance.now() - clicked;
          if (suggestion && root.querySelector('[data-testid="rp-coach"]')) {
            watch.disconnect();
            resolve({ suggestion, coach: performance.now() - clicked });
          }
        };
        const watch = new MutationObserver(seen);
        watch.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-styled'] });
        setTimeout(() => reject(new Error('no panel within 20 s')), 20_000);
      }, { capture: true, once: true });
    });
  });
  await page.getByTestId('rp-launcher').click();
  const shown = await page.evaluate(() => (window as unknown as { rpPanel: Promise<{ suggestion: number; coach: number }> }).rpPanel);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="rp-panel"]', { state: 'detached' });
  return shown;
}

/** Starts asking the worker for the points over and over from an extension page, each as soon as the last came back. */
function startAsking(popup: Page): Promise<void> {
  return popup.evaluate(() => {
    const state = window as unknown as { rpAsks: { sent: number; took: number }[]; rpAsking: boolean };
    state.rpAsks = [];
    state.rpAsking = true;
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    void (async () => {
      while (state.rpAsking) {
        const sent = performance.timeOrigin + performance.now();
        await runtime.sendMessage({ type: 'points/list' });
        state.rpAsks.push({ sent, took: performance.timeOrigin + performance.now() - sent });
      }
    })();
  });
}

function stopAsking(popup: Page): Promise<{ sent: number; took: number }[]> {
  return popup.evaluate(() => {
    const state = window as unknown as { rpAsks: { sent: number; took: number }[]; rpAsking: boolean };
    state.rpAsking = false;
    return state.rpAsks;
  });
}

/** What `run` resolves with, and the longest the popup's list waited while it ran. */
async function whileAsking<T>(popup: Page, run: () => Promise<T>): Promise<[T, number]> {
  await startAsking(popup);
  const result = await run();
  const asks = await stopAsking(popup);
  return [result, Math.max(...asks.map((ask) => ask.took))];
}

export default async function longDraftBench(): Promise<BenchFigure[]> {
  const session = await launchExtension();
  try {
    const page = await composePage(session);
    await fillDraft(page, WORDS);
    await page.focus('[data-fixture-compose] [role="textbox"][contenteditable="true"]');
    // The first look builds the coach's language model; it is timed by coach.bench.ts, not here.
    await badgeAfterKey(page);

    const popup = await session.openPopup();
    const answers: number[] = [];
    const tasks: number[] = [];
    const waits: number[] = [];
    for (let n = 0; n < SAMPLES; n += 1) {
      const [{ answer, longestTask }, wait] = await whileAsking(popup, () => badgeAfterKey(page));
      answers.push(answer);
      tasks.push(longestTask);
      waits.push(wait);
    }
    const suggestions: number[] = [];
    const sections: number[] = [];
    const panelWaits: number[] = [];
    for (let n = 0; n < SAMPLES; n += 1) {
      // A key first, so each open asks for the coach's whole answer afresh.
      await page.focus('[data-fixture-compose] [role="textbox"][contenteditable="true"]');
      await badgeAfterKey(page);
      const [{ suggestion, coach }, wait] = await whileAsking(popup, () => panelAfterClick(page));
      suggestions.push(suggestion);
      sections.push(coach);
      panelWaits.push(wait);
    }
    // The same list with nothing else going on, for comparison.
    await startAsking(popup);
    await page.waitForTimeout(1000);
    const idle = (await stopAsking(popup)).map((ask) => ask.took);
    return [
      { area: 'long draft', name: `coach's badge after its ${BADGE_WAIT} ms pause, ${WORDS.toLocaleString('en')}-word draft in a Gmail compose (median of ${SAMPLES})`, value: summarise(answers).median, unit: 'ms' },
      { area: 'long draft', name: `… the page's longest task of 50 ms or more from the key to the badge, 0 when none (median of ${SAMPLES})`, value: summarise(tasks).median, unit: 'ms', aim: '≤ 50 ms' },
      { area: 'long draft', name: `… the popup's points/list asked over and over meanwhile: its longest wait (median of ${SAMPLES})`, value: summarise(waits).median, unit: 'ms' },
      { area: 'long draft', name: `launcher click → first suggestion painted on that draft (median of ${SAMPLES})`, value: summarise(suggestions).median, unit: 'ms' },
      { area: 'long draft', name: `launcher click → the coach's section drawn on that draft (median of ${SAMPLES})`, value: summarise(sections).median, unit: 'ms' },
      { area: 'long draft', name: `… the popup's points/list asked over and over meanwhile: its longest wait (median of ${SAMPLES})`, value: summarise(panelWaits).median, unit: 'ms' },
      { area: 'long draft', name: `for comparison: the popup's points/list with nothing else going on (median of ${idle.length})`, value: summarise(idle).median, unit: 'ms' },
    ];
  } finally {
    await session.close();
  }
}
