import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { MAIL_HOSTS, OTHER_HOST } from './hosts';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../../dist/firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'remote-pitch@remote-pitch.invalid';

export interface FirefoxSession {
  browser: Browser;
  /** The moz-extension:// host of this install. */
  extensionUuid: string;
  server: FixtureServer;
  proxy: ConnectProxy;
  /** Opens one of the extension's own pages, e.g. the popup as a tab. */
  openExtensionPage(path?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  dist?: string;
}

/** Fails loudly instead of skipping: a missing browser or build must turn the run red. */
function checkPrerequisites(dist: string): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox is not at ${FIREFOX}: install Debian's (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  if (!existsSync(resolve(dist, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${dist}: run \`npm run build\` first.`);
  }
}

/**
 * Debian's Firefox ESR, headless over WebDriver BiDi, with the Firefox build installed as a
 * temporary add-on (no signature needed) and the mail hosts reached through our CONNECT proxy.
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const dist = options.dist ?? FIREFOX_DIST;
  checkPrerequisites(dist);
  const server = await startFixtureServer();
  const proxy = await startConnectProxy(server.port, [...MAIL_HOSTS, OTHER_HOST]);
  // Firefox picks a random moz-extension host per install; naming it up front lets us open the popup.
  const extensionUuid = randomUUID();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // The fixture server's certificate is self-signed.
      acceptInsecureCerts: true,
      // Without it WebDriver refuses to navigate a tab to a moz-extension:// page.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: extensionUuid }),
        // extensions.originControls.grantByDefault stays at Firefox's own value: it is what grants an
        // MV3 add-on its content-script hosts at install, so the test sees what a user's install gets.
      },
    });
    const installed = await browser.installExtension(dist);
    if (installed !== GECKO_ID) throw new Error(`Firefox installed ${installed}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser?.close();
    await proxy.close();
    await server.close();
    throw error;
  }
  const running = browser;

  return {
    browser: running,
    extensionUuid,
    server,
    proxy,
    async openExtensionPage(path = 'src/popup/index.html') {
      const page = await running.newPage();
      const url = `moz-extension://${extensionUuid}/${path}`;
      // The page loads in the extension process and Puppeteer never hears its load event, so
      // the navigation is left to run and the document itself is asked when it is ready.
      page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
        if (state === `${url} complete`) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state || 'nothing'})`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    async close() {
      await running.close();
      await proxy.close();
      await server.close();
    },
  };
}
