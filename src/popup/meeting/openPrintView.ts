export const PRINT_PAGE = 'src/options/index.html#print';

interface TabsLike {
  create(properties: { url: string }): Promise<unknown>;
}
interface RuntimeLike {
  getURL(path: string): string;
}

/**
 * Opens the options page's print view in a new tab. `tabs.create` needs no permission and,
 * unlike window.open from a popup, doesn't depend on the popup staying open.
 */
export async function openPrintView(): Promise<void> {
  const g = globalThis as { browser?: { tabs?: TabsLike; runtime?: RuntimeLike }; chrome?: { tabs?: TabsLike; runtime?: RuntimeLike } };
  const api = g.browser ?? g.chrome;
  const url = api?.runtime ? api.runtime.getURL(PRINT_PAGE) : new URL(`/${PRINT_PAGE}`, location.href).href;
  if (api?.tabs) await api.tabs.create({ url });
  else window.open(url, '_blank', 'noopener');
}
