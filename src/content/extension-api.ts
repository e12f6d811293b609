/**
 * The few extension APIs the content script uses, typed by hand: the polyfill would add ~3 KB to
 * every mail page for three calls. Firefox's `browser` and Chrome's MV3 `chrome` both return
 * promises here. Every accessor tolerates an orphaned script (extension reloaded), whose APIs vanish.
 */
interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
type MessageListener = (message: unknown) => void;

interface ExtensionApi {
  i18n?: { getMessage(name: string): string };
  runtime?: { id?: string; onMessage?: ExtensionEvent<MessageListener> };
  storage?: {
    local?: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged?: ExtensionEvent<StorageListener>;
  };
}

function api(): ExtensionApi | undefined {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return g.browser ?? g.chrome;
}

/** A message from the extension's `_locales`, or '' when there is none (or no extension any more). */
export function message(name: string): string {
  try {
    return api()?.i18n?.getMessage(name) ?? '';
  } catch {
    return '';
  }
}

export async function readLocal(key: string): Promise<unknown> {
  const local = api()?.storage?.local;
  if (!local) return undefined;
  return (await local.get(key))[key];
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  const local = api()?.storage?.local;
  if (!local) throw new Error('Extension storage is not available here.');
  await local.set({ [key]: value });
}

/** Calls `listener` with the new value whenever `storage.local[key]` changes, until `signal` aborts. */
export function watchLocal(key: string, listener: (value: unknown) => void, signal: AbortSignal): void {
  const onChanged = api()?.storage?.onChanged;
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
  const onMessage = api()?.runtime?.onMessage;
  if (!onMessage) return;
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}
