/**
 * The extension APIs the light pages use, typed by hand and reached through one accessor: the
 * polyfill would add ~3 KB to every mail page (and to the popup's first paint) for a handful of
 * calls. Firefox's `browser` and Chrome's MV3 `chrome` both return promises for the calls here.
 * Every caller tolerates a missing API: an orphaned content script (extension reloaded) loses
 * them, and unit tests run without them.
 */
interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
/** `reply` answers the sender at once (a content script has no polyfill to answer with a promise). */
export type MessageListener = (message: unknown, sender: unknown, reply: (answer: unknown) => void) => void;

interface TabInfo {
  id?: number;
  active: boolean;
  lastAccessed?: number;
}

export interface ExtensionApi {
  i18n?: { getMessage(name: string, substitutions?: string | string[]): string | undefined };
  runtime?: {
    id?: string;
    sendMessage?(message: unknown): Promise<unknown>;
    getURL?(path: string): string;
    onMessage?: ExtensionEvent<MessageListener>;
  };
  storage?: {
    local?: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged?: ExtensionEvent<StorageListener>;
  };
  tabs?: {
    create(properties: { url: string }): Promise<unknown>;
    getCurrent?(): Promise<TabInfo | undefined>;
    query?(filter: { currentWindow: true }): Promise<TabInfo[]>;
    sendMessage?(tabId: number, message: unknown): Promise<unknown>;
  };
}

export function extensionApi(): ExtensionApi | undefined {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return g.browser ?? g.chrome;
}

/**
 * False once the extension was updated or reloaded under this page: the old content script keeps
 * running but its runtime has lost its id. A page with no extension API at all (unit tests) counts
 * as alive.
 */
export function extensionAlive(): boolean {
  const runtime = extensionApi()?.runtime;
  return !runtime || runtime.id !== undefined;
}

/** A message from the extension's `_locales`, or '' when there is none (or no extension any more). */
export function message(name: string): string {
  try {
    return extensionApi()?.i18n?.getMessage(name) ?? '';
  } catch {
    return '';
  }
}

export async function readLocal(key: string): Promise<unknown> {
  const local = extensionApi()?.storage?.local;
  if (!local) return undefined;
  return (await local.get(key))[key];
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  const local = extensionApi()?.storage?.local;
  if (!local) throw new Error('Extension storage is not available here.');
  await local.set({ [key]: value });
}

/** Calls `listener` with the new value whenever `storage.local[key]` changes, until `signal` aborts. */
export function watchLocal(key: string, listener: (value: unknown) => void, signal: AbortSignal): void {
  const onChanged = extensionApi()?.storage?.onChanged;
  if (!onChanged) return;
  const handle: StorageListener = (changes, area) => {
    const change = changes[key];
    if (area === 'local' && change) listener(change.newValue);
  };
  onChanged.addListener(handle);
  signal.addEventListener('abort', () => onChanged.removeListener(handle), { once: true });
}

/** Messages the background sends to this tab, until `signal` aborts. */
export function onTabMessage(listener: MessageListener, signal: AbortSignal): void {
  const onMessage = extensionApi()?.runtime?.onMessage;
  if (!onMessage) return;
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}


/**
 * The tab a settings view speaks for: the active tab of its window, or when that is the view
 * itself (the popup opened as a tab, the options page), the tab the user was on before it.
 */
export async function mailTabId(): Promise<number | undefined> {
  const tabs = extensionApi()?.tabs;
  if (!tabs?.query) return undefined;
  const own = await tabs.getCurrent?.();
  const others = (await tabs.query({ currentWindow: true })).filter((tab) => tab.id !== undefined && tab.id !== own?.id);
  const target = others.find((tab) => tab.active) ?? others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return target?.id;
}
