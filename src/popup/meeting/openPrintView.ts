import { extensionApi } from '../../shared/extension-api';

const PRINT_PAGE = 'src/options/index.html#print';


/**
 * Opens the options page's print view in a new tab. `tabs.create` needs no permission and,
 * unlike window.open from a popup, doesn't depend on the popup staying open.
 */
export async function openPrintView(): Promise<void> {
  const api = extensionApi();
  const url = api?.runtime?.getURL ? api.runtime.getURL(PRINT_PAGE) : new URL(`/${PRINT_PAGE}`, location.href).href;
  if (api?.tabs) await api.tabs.create({ url });
  else window.open(url, '_blank', 'noopener');
}
