import browser from 'webextension-polyfill';
import { isMessage } from '../shared/messages';
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isMessage(message)) return undefined;
  return Promise.resolve({ ok: true, value: [] });
});
