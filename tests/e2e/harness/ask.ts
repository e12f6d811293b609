import type { Page } from 'playwright-core';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../../../src/shared/messages';
import type { ExtensionSession } from './extension';

/**
 * Sends one request of the message contract from an extension page that is already open, as the
 * popup would, and returns its answer.
 */
export async function askFrom<T extends MessageType>(page: Page, type: T, request: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await page.evaluate((message) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    return runtime.sendMessage(message);
  }, { type, ...request })) as Reply<ResponseOf<T>>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * The same from a page of its own, opened for the request and closed after: how a test puts data
 * in place or reads it back without driving the UI.
 */
export async function askExtension<T extends MessageType>(session: ExtensionSession, type: T, request: RequestOf<T>): Promise<ResponseOf<T>> {
  const page = await session.openPopup();
  try {
    return await askFrom(page, type, request);
  } finally {
    await page.close();
  }
}
