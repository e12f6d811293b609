import type english from '../../public/_locales/en/messages.json';
import { extensionApi } from '../shared/extension-api';

/**
 * UI strings come from `_locales/<lang>/messages.json` through the browser's i18n API, so a new
 * language is one new file. The key type is read from the English file: a typo or a removed
 * message fails to compile.
 *
 * The API is reached through `extensionApi()` (synchronous in both browsers), which spares the
 * popup the polyfill on its first paint.
 */
export type MessageKey = keyof typeof english;

function i18n() {
  return extensionApi()?.i18n;
}

// getMessage is a native call (a few µs each) and a long list asks for the same labels per row,
// so each message is fetched once, with markers where the substitutions go, and filled here.
const MARKERS = Array.from({ length: 9 }, (_, i) => `\uE000${i + 1}`);
const templates = new Map<string, string>();

function template(key: MessageKey): string {
  let found = templates.get(key);
  if (found === undefined) {
    const api = i18n();
    found = api?.getMessage(key, MARKERS) ?? '';
    // Without an API (unit tests) nothing is cached, so a test may install one later.
    if (api) templates.set(key, found);
  }
  return found;
}

/**
 * The message for `key` with `$1`… filled from `substitutions`. Outside the extension (unit
 * tests) there is no i18n API, and the key itself comes back so assertions stay readable.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = template(key);
  if (!message) return key;
  return substitutions.length === 0 ? message : message.replace(/\uE000(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}
