/**
 * The popup in real Chromium, against the built `dist/` (run `npm run build` first):
 * - how long it takes to become usable with 1 000 of the user's points in the database, from
 *   navigation start to the list painted and the search box taking focus;
 * - how long the real service worker takes to import 10 000 points sent the way the popup sends
 *   them (validation, merge and one IndexedDB transaction, plus the message itself).
 * Each is measured beside its baseline in the same browser: the popup with only the starter
 * library, and the browser's own time to write that many records with nothing else around it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument } from '../../src/core/backup-format';
import type { PitchPoint } from '../../src/core/point';
import { DIST, launchExtension, type ExtensionSession } from '../../tests/e2e/harness/extension';
import { summarise, type BenchFigure } from './figure';
import { samplePoints } from './sample-points';
import { withFloorExtension } from './floor-extension';

const LIBRARY = 1_000;
const IMPORTED = 10_000;
const LOADS = 10;
const IMPORTS = 5;
/** Long enough for a closed popup's teardown to leave the renderer the next one shares (measured: ~300 ms). */
const CLOSE_SETTLES_MS = 500;

/** The popup page's own runtime, so requests arrive as the popup's do. */
async function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  const reply = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; value?: unknown; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

interface Ready {
  /** The list's visible area is full of rows (or every row is in, if fewer fit). */
  listed: number;
  /** …and painted, with the search box taking focus: the user can start. */
  interactive: number;
  /** Every row is in the DOM. */
  complete?: number;
  /** The longest time between two frames from `interactive` to `complete`: how long a key pressed meanwhile may wait. */
  longestFrame?: number;
}

/**
 * Installed before the popup's own scripts; times are from navigation start. The popup draws a
 * long list in slices, so "usable" is when the rows reach the bottom of the list's scrolling
 * area, whatever the slice size, and "complete" when the last row is in. The result goes out
 * through `__rpReport`, a binding: polling from the bench (waitForFunction) would first load
 * Playwright's own script into the page, on the main thread the popup is loading on (~17 ms).
 */
function watchReady(): void {
  const report = (window as unknown as { __rpReport: (ready: Required<Ready>) => void }).__rpReport;
  const times: Partial<Ready> = {};
  const reportOnce = () => {
    const { listed, interactive, complete, longestFrame } = times;
    if (listed !== undefined && interactive !== undefined && complete !== undefined && longestFrame !== undefined) report({ listed, interactive, complete, longestFrame });
  };
  // The list says when its last slice is in (PointsTab's data-rows).
  const allDrawn = () => document.querySelector('[data-rows="all"]') !== null;
  const screenful = (rows: NodeListOf<Element>) => {
    const last = rows[rows.length - 1];
    const list = document.querySelector('main');
    if (!last || !list) return false;
    return allDrawn() || last.getBoundingClientRect().bottom >= list.getBoundingClientRect().bottom;
  };
  const watchFrames = () => {
    let last = performance.now();
    let longest = 0;
    const frame = (now: number) => {
      longest = Math.max(longest, now - last);
      last = now;
      if (times.complete === undefined) requestAnimationFrame(frame);
      else {
        times.longestFrame = longest;
        reportOnce();
      }
    };
    requestAnimationFrame(frame);
  };
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('[data-testid="rp-point"]');
    if (times.listed === undefined && screenful(rows)) {
      times.listed = performance.now();
      requestAnimationFrame(() => {
        // The frame callback runs before paint; the task after it runs once the frame is out.
        setTimeout(() => {
          const search = document.querySelector<HTMLElement>('[data-testid="rp-search"]');
          search?.focus();
          if (document.activeElement !== search) return;
          times.interactive = performance.now();
          if (times.complete === undefined) watchFrames();
          else {
            times.longestFrame = 0;
            reportOnce();
          }
        }, 0);
      });
    }
    if (allDrawn()) {
      observer.disconnect();
      times.complete = performance.now();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * The floor under any import: the same number of point-sized records put into a throw-away
 * database shaped like ours (same key path and indexes) in one transaction, run in the service
 * worker where the import runs, with no validation or messaging. `durability` is the hint the
 * transaction gets ('default' leaves it to the browser).
 */
async function rawWrites(worker: Worker, records: readonly PitchPoint[], run: number, durability: 'default' | 'relaxed'): Promise<number> {
  return worker.evaluate(
    async ({ records, name, durability }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('points', { keyPath: 'id' });
          store.createIndex('by-category', 'category');
          store.createIndex('by-updatedAt', 'updatedAt');
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const start = performance.now();
      const tx = db.transaction('points', 'readwrite', { durability });
      const store = tx.objectStore('points');
      for (const record of records) store.put(record);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const took = performance.now() - start;
      db.close();
      await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
      return took;
    },
    { records, name: `remote-pitch-bench-floor-${durability}-${run}`, durability },
  );
}

interface Loads {
  listed: number[];
  interactive: number[];
  complete: number[];
  longestFrame: number[];
}

/**
 * Opens the popup LOADS times (after one warm-up) and collects the watcher's times. Each open is
 * a new tab, as each click on the toolbar button is a new popup document: reloading one tab
 * would also time tearing down the previous popup (its 1 000 rows and the garbage collection
 * after them), which a real popup never pays. No other extension page is open meanwhile, since
 * they all share the popup's renderer, and each open waits for the last one to be torn down:
 * nobody reopens a popup within milliseconds of closing it.
 */
function within<T>(ms: number, promise: Promise<T>, failure: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(failure)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function measureLoads(session: ExtensionSession, rows: number): Promise<Loads> {
  const loads: Loads = { listed: [], interactive: [], complete: [], longestFrame: [] };
  const url = `chrome-extension://${session.extensionId}/src/popup/index.html`;
  // The first load also pays for starting the service worker and compiling: not counted.
  for (let run = 0; run <= LOADS; run += 1) {
    const page = await session.context.newPage();
    let reported: (ready: Required<Ready>) => void = () => undefined;
    const report = new Promise<Required<Ready>>((resolve) => (reported = resolve));
    await page.exposeBinding('__rpReport', (_source, ready: Required<Ready>) => reported(ready));
    await page.addInitScript(watchReady);
    // Only the navigation is awaited: the watcher, not the load event, says when it is ready.
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const ready = await within(15_000, report, `popup bench: the popup with ${rows} points never became ready`);
    const drawn = await page.getByTestId('rp-point').count();
    if (drawn !== rows) throw new Error(`popup bench: the list said it was all drawn with ${drawn} of ${rows} rows`);
    await page.close();
    await new Promise((settled) => setTimeout(settled, CLOSE_SETTLES_MS));
    if (run === 0) continue;
    loads.listed.push(ready.listed);
    loads.interactive.push(ready.interactive);
    loads.complete.push(ready.complete);
    loads.longestFrame.push(ready.longestFrame);
  }
  return loads;
}

/** Navigation → first frame out for a page of an extension that holds nothing (floor-extension.ts), in the same way. */
function blankPageLoads(): Promise<number[]> {
  return withFloorExtension(async (session) => {
    const times: number[] = [];
    for (let run = 0; run <= LOADS; run += 1) {
      const page = await session.openPopup('page.html');
      await page.waitForFunction(() => document.title.startsWith('painted '));
      const painted = Number((await page.title()).slice('painted '.length));
      // The first is a warm-up, as for the popup.
      if (run > 0) times.push(painted);
      await page.close();
      await new Promise((settled) => setTimeout(settled, CLOSE_SETTLES_MS));
    }
    return times;
  });
}

export default async function (): Promise<BenchFigure[]> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`popup bench: no build in ${DIST}; run npm run build first`);
  // Before our own browser starts, so the two never run at once.
  const blank = await blankPageLoads();
  const session = await launchExtension();
  try {
    // A page of the extension to send requests from, closed while the popup is timed.
    const helper = () => session.openPopup();
    let page = await helper();
    const starter = ((await sendFromPage(page, { type: 'points/list' })) as PitchPoint[]).length;
    await page.close();
    // Side by side in the same browser: the starter library alone, then with 1 000 more.
    const baseline = await measureLoads(session, starter);
    page = await helper();
    await sendFromPage(page, { type: 'points/put', points: samplePoints(LIBRARY, 'bench') });
    await page.close();
    const total = starter + LIBRARY;
    const big = await measureLoads(session, total);
    page = await helper();

    const imports: number[] = [];
    const previews: number[] = [];
    const floor: number[] = [];
    const relaxedFloor: number[] = [];
    const raw = samplePoints(IMPORTED, 'raw');
    // Each import is followed by its baselines, so a busy moment of the machine weighs on both.
    for (let run = 0; run < IMPORTS; run += 1) {
      await sendFromPage(page, { type: 'data/delete-all' });
      const doc: BackupDocument = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), points: samplePoints(IMPORTED, `import${run}`), profile: { manager: 'Sam' }, outcomes: [], rehearsals: [] };
      const json = JSON.stringify(doc);
      const timed = (type: string) =>
        page.evaluate(
          async ({ type, json }) => {
            const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { adds: number }; error?: string }> } } }).chrome.runtime;
            const start = performance.now();
            const reply = await runtime.sendMessage({ type, json });
            const took = performance.now() - start;
            if (!reply.ok) throw new Error(reply.error);
            return { took, adds: reply.value?.adds ?? 0 };
          },
          { type, json },
        );
      previews.push((await timed('data/preview-import')).took);
      const imported = await timed('data/import');
      if (imported.adds !== IMPORTED) throw new Error(`popup bench: expected ${IMPORTED} adds, got ${imported.adds}`);
      imports.push(imported.took);
      const worker = await session.serviceWorker();
      floor.push(await rawWrites(worker, raw, run, 'default'));
      relaxedFloor.push(await rawWrites(worker, raw, run, 'relaxed'));
    }
    const stored = ((await sendFromPage(page, { type: 'points/list' })) as PitchPoint[]).length;
    if (stored !== IMPORTED) throw new Error(`popup bench: expected ${IMPORTED} stored points after import, found ${stored}`);

    return [
      { area: 'popup', name: `for comparison: a blank page of an extension, navigation → first frame painted (median of ${LOADS})`, value: summarise(blank).median, unit: 'ms' },
      { area: 'popup', name: `popup with the ${starter} starter points: navigation → a screenful of rows painted, search focusable (median of ${LOADS})`, value: summarise(baseline.interactive).median, unit: 'ms' },
      { area: 'popup', name: `popup with ${total} points: navigation → a screenful of rows in the DOM (median of ${LOADS})`, value: summarise(big.listed).median, unit: 'ms' },
      { area: 'popup', name: `popup with ${total} points: navigation → a screenful of rows painted, search focusable (median of ${LOADS})`, value: summarise(big.interactive).median, unit: 'ms', aim: '≤ 100 ms (issue 15)' },
      { area: 'popup', name: `popup with ${total} points: same, 95th percentile`, value: summarise(big.interactive).p95, unit: 'ms' },
      { area: 'popup', name: `popup with ${total} points: navigation → all ${total} rows in the DOM (median of ${LOADS})`, value: summarise(big.complete).median, unit: 'ms' },
      { area: 'popup', name: `popup with ${total} points: longest gap between frames while the rest is drawn (median of ${LOADS})`, value: summarise(big.longestFrame).median, unit: 'ms' },
      { area: 'popup', name: `preview a ${IMPORTED}-point import in the service worker, message included (median of ${IMPORTS})`, value: summarise(previews).median, unit: 'ms' },
      { area: 'popup', name: `import ${IMPORTED} points through the service worker into IndexedDB (median of ${IMPORTS})`, value: summarise(imports).median, unit: 'ms', aim: '≤ 500 ms (issue 15)' },
      { area: 'popup', name: `for comparison: the service worker putting ${IMPORTED} plain records in one IndexedDB transaction (median of ${IMPORTS})`, value: summarise(floor).median, unit: 'ms' },
      { area: 'popup', name: `for comparison: the same with durability 'relaxed' (median of ${IMPORTS})`, value: summarise(relaxedFloor).median, unit: 'ms' },
    ];
  } finally {
    await session.close();
  }
}
