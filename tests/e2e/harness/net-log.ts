import { readFileSync } from 'node:fs';

export interface LoggedRequest {
  url: string;
  /** The origin that caused the request, or 'not an origin' for the browser's own and for navigations. */
  initiator: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: unknown; initiator?: unknown } }[];
}

/** Every URL request Chromium started, from a `--log-net-log` file written at browser exit. */
export function readNetLog(path: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(path, 'utf8')) as NetLog;
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const requests: LoggedRequest[] = [];
  for (const event of log.events) {
    if (event.type !== startJob || typeof event.params?.url !== 'string') continue;
    requests.push({ url: event.params.url, initiator: typeof event.params.initiator === 'string' ? event.params.initiator : 'not an origin' });
  }
  return requests;
}

/**
 * Requests the extension caused that leave the browser. Anything its own origin started is one;
 * so is anything a mail page started that is not a fixture file the test server has (the fixture
 * pages load only their own files, so any other request came from our content script).
 * The browser's own traffic (update checks, sign-in probes) has no initiator and is not ours.
 */
export function requestsLeavingTheBrowser(
  requests: readonly LoggedRequest[],
  extensionId: string,
  isFixtureFile: (url: URL) => boolean,
): LoggedRequest[] {
  return requests.filter(({ url, initiator }) => {
    if (initiator === `chrome-extension://${extensionId}`) return true;
    if (initiator === 'not an origin' || initiator === 'null') return false;
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'chrome-extension:') return false;
    return !(parsed.origin === initiator && isFixtureFile(parsed));
  });
}
