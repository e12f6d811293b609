import { extensionApi } from '../../shared/extension-api';

/**
 * Opens a URL in a new tab. `tabs.create` needs no permission and, unlike window.open from a
 * popup, doesn't depend on the popup staying open; outside the extension (unit tests) a plain
 * window.open stands in.
 */
export async function openTab(url: string): Promise<void> {
  const tabs = extensionApi()?.tabs;
  if (tabs) await tabs.create({ url });
  else window.open(url, '_blank', 'noopener');
}
