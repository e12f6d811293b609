import browser from 'webextension-polyfill';
import type { ContentCommand } from '../shared/messages';

interface TabMessenger {
  sendMessage(tabId: number, message: ContentCommand): Promise<unknown>;
}

/**
 * The manifest's `open-panel` shortcut reaches the service worker, not the page: pass it on to
 * the tab it was pressed in. A tab without our content script (not a mail page, or opened before
 * the extension loaded) rejects the message; there is nothing to open there.
 * @internal Exported for its unit tests.
 */
export async function relayCommand(tabs: TabMessenger, command: string, tabId: number | undefined): Promise<void> {
  if (command !== 'open-panel' || tabId === undefined) return;
  await tabs.sendMessage(tabId, { type: 'panel/open' }).catch(() => undefined);
}

browser.commands.onCommand.addListener((command, tab) => {
  void relayCommand(browser.tabs, command, tab?.id);
});
