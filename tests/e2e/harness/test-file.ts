import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import type { NewPoint } from '../../../src/core/point';
import { askExtension } from './ask';
import { launchExtension, type ExtensionSession } from './extension';
import { playwrightEvents, watchedPages } from './pages';

export interface TestFileSession<K extends string> {
  /** The running browser with the extension (there once beforeAll ran). */
  session(): ExtensionSession;
  /** The ids of the points created for this file, by the names they were given. */
  readonly ids: Record<K, string>;
  /** Opens a page watched for console errors, dialogs and page errors, closed after each test. */
  open(url: string): Promise<Page>;
  /** How often a point was inserted, as the popup shows it. */
  usesOf(id: string): Promise<number>;
}

/**
 * The Chromium set-up a compose test file shares: the built extension launched once for the file,
 * `points` created in it, pages watched; all closed after the file.
 */
export function chromiumForFile<K extends string>(points: Record<K, NewPoint>): TestFileSession<K> {
  let running: ExtensionSession | undefined;
  const session = () => {
    if (!running) throw new Error('the extension is not launched yet');
    return running;
  };
  const ids = {} as Record<K, string>;
  beforeAll(async () => {
    running = await launchExtension({ dist: process.env.RP_DIST });
    for (const [name, point] of Object.entries(points) as [K, NewPoint][]) ids[name] = (await askExtension(running, 'points/create', { point })).id;
  });
  afterAll(async () => {
    await running?.close();
  });
  return {
    session,
    ids,
    open: watchedPages(() => session().context.newPage(), playwrightEvents),
    async usesOf(id) {
      return (await askExtension(session(), 'points/list', {})).find((point) => point.id === id)?.usedCount ?? -1;
    },
  };
}
