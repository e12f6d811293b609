import { isContentCommand, type PageStatus } from '../shared/messages';
import { onTabMessage, readLocal, watchLocal } from '../shared/extension-api';
import { parseSiteSwitches, SITE_SWITCHES_KEY } from '../shared/site-switches';
import { ComposeWatch } from './compose/watch';
import type { SiteAdapter } from './site-kit/adapter';
import { adapterForHost } from './sites';

/**
 * Entry of the script every mail page loads. It does nothing on a page no adapter serves, and
 * turns the site's integration on and off live as the user flips its switch in settings.
 */
function start(adapter: SiteAdapter): void {
  const forever = new AbortController().signal;
  let running: { watch: ComposeWatch; stop: AbortController } | null = null;
  let changedMeanwhile = false;

  const apply = (stored: unknown) => {
    const on = parseSiteSwitches(stored)[adapter.id];
    if (on && !running) {
      const stop = new AbortController();
      try {
        running = { watch: new ComposeWatch(adapter, document, stop.signal), stop };
      } catch {
        // Nothing of ours may break the page: without a working integration it simply stays as it is.
        stop.abort();
      }
    } else if (!on && running) {
      running.stop.abort();
      running = null;
    }
  };

  watchLocal(SITE_SWITCHES_KEY, (value) => {
    changedMeanwhile = true;
    apply(value);
  }, forever);
  onTabMessage((message, _sender, reply) => {
    if (!isContentCommand(message)) return;
    if (message.type === 'panel/open') running?.watch.openForFocused();
    else reply({ site: adapter.id, on: running !== null, ...(running?.watch.status() ?? { composes: 0, onBody: 0 }) } satisfies PageStatus);
  }, forever);
  readLocal(SITE_SWITCHES_KEY).then(
    (value) => changedMeanwhile || apply(value),
    // Storage unreadable: the switches default to on.
    () => changedMeanwhile || apply(undefined),
  );
}

const adapter = adapterForHost(location.hostname);
if (adapter) start(adapter);
