import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { MAIL_HOSTS, OTHER_HOST } from './hosts';

export const DIST = resolve(import.meta.dirname, '../../../dist/chrome');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** Opens the popup as a tab (the toolbar popup can't be driven headless). */
  openPopup(path?: string): Promise<Page>;
  /** Opens a fixture page on one of the mapped hosts, e.g. `https://mail.google.com/`. */
  openPage(url: string): Promise<Page>;
  /** The extension's service worker, started first if it was stopped (evaluating on a stopped one hangs). */
  serviceWorker(): Promise<Worker>;
  /** Stops the MV3 service worker the way Chrome does when it is idle; resolves once Chrome reports it stopped. */
  stopServiceWorker(): Promise<void>;
  /** What Chrome reports about the worker: 'running', 'stopped', 'starting' or 'stopping'. */
  serviceWorkerStatus(): Promise<string>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with the built extension and the mail hosts mapped to our server. */
export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  dist?: string;
  /** A real window (needs a display); the tests and the headless demo leave it off. */
  headed?: boolean;
  /** More Chromium switches, e.g. a net log for the privacy test. */
  extraArgs?: string[];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const server = await startFixtureServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'rp-profile-'));
  const dist = options.dist ?? DIST;
  const hostRules = [...MAIL_HOSTS, OTHER_HOST].map((host) => `MAP ${host} 127.0.0.1:${server.port}`).join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: !options.headed,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${hostRules}`,
      '--ignore-certificate-errors',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const scopeURL = `chrome-extension://${extensionId}/`;

  /**
   * Runs `use` with the DevTools ServiceWorker domain and the latest status of our worker.
   * Playwright keeps one Worker handle across stops and restarts and does not say which it is in.
   */
  async function withWorkerStatus<T>(use: (cdp: CDPSession, status: () => string, changed: () => Promise<void>) => Promise<T>): Promise<T> {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    let status = 'unknown';
    let wake: () => void = () => undefined;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(scopeURL)).at(-1);
      if (!ours) return;
      status = ours.runningStatus;
      wake();
    });
    const changed = () => new Promise<void>((done) => (wake = done));
    try {
      await cdp.send('ServiceWorker.enable');
      // Enabling reports the versions already registered: wait for ours rather than for a guessed
      // time, which a busy machine can overrun (and `use` would then act on 'unknown').
      await until(() => (status === 'unknown' ? status : 'reported'), changed, 'reported');
      return await use(cdp, () => status, changed);
    } finally {
      await cdp.detach();
    }
  }

  async function until(status: () => string, changed: () => Promise<void>, wanted: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (status() !== wanted) {
      if (Date.now() > deadline) throw new Error(`service worker stayed '${status()}', expected '${wanted}'`);
      await Promise.race([changed(), new Promise((done) => setTimeout(done, 100))]);
    }
  }

  async function serviceWorker(): Promise<Worker> {
    await withWorkerStatus(async (cdp, status, changed) => {
      if (status() === 'running') return;
      await cdp.send('ServiceWorker.startWorker', { scopeURL });
      await until(status, changed, 'running');
    });
    const running = context.serviceWorkers().find((w) => w.url().startsWith(scopeURL));
    return running ?? context.waitForEvent('serviceworker');
  }

  return {
    context,
    extensionId,
    server,
    async openPopup(path = 'src/popup/index.html') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async openPage(url: string) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    serviceWorker,
    async stopServiceWorker() {
      // ServiceWorker.stopAllWorkers is what chrome://serviceworker-internals' "stop" does.
      await withWorkerStatus(async (cdp, status, changed) => {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await until(status, changed, 'stopped');
      });
    },
    serviceWorkerStatus() {
      return withWorkerStatus(async (_cdp, status) => status());
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
