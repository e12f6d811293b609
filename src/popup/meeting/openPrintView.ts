import { extensionApi } from '../../shared/extension-api';
import { openTab } from '../app/openTab';

const PRINT_PAGE = 'src/options/index.html#print';

/** Opens the options page's print view in a new tab. */
export async function openPrintView(): Promise<void> {
  const runtime = extensionApi()?.runtime;
  await openTab(runtime?.getURL ? runtime.getURL(PRINT_PAGE) : new URL(`/${PRINT_PAGE}`, location.href).href);
}
