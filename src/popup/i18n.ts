import type english from '../../public/_locales/en/messages.json';

/**
 * UI strings come from `_locales/<lang>/messages.json` through the browser's i18n API, so a new
 * language is one new file. The key type is read from the English file: a typo or a removed
 * message fails to compile.
 *
 * The API is reached through whichever global the browser provides (`browser` in Firefox,
 * `chrome` in Chromium), both synchronous; this spares the popup the polyfill on its first paint.
 */
export type MessageKey = keyof typeof english;

interface I18nLike {
  getMessage(name: string, substitutions?: string | string[]): string | undefined;
}

function i18n(): I18nLike | undefined {
  const g = globalThis as { browser?: { i18n?: I18nLike }; chrome?: { i18n?: I18nLike } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/**
 * The message for `key` with `$1`… filled from `substitutions`. Outside the extension (unit
 * tests) there is no i18n API, and the key itself comes back so assertions stay readable.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = i18n()?.getMessage(key, substitutions.map(String));
  return message || key;
}
