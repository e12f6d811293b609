import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContextInvalidatedError, send } from '../../src/shared/messages';

type Runtime = { id?: string; sendMessage: (m: unknown) => Promise<unknown> };

function withRuntime(runtime: Runtime | undefined) {
  vi.stubGlobal('chrome', runtime ? { runtime } : undefined);
}

describe('send', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the type with the request fields and returns the value', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: { added: 2 } }));
    withRuntime({ id: 'ext', sendMessage });
    await expect(send('profile/update', { values: { manager: 'Dana' } })).resolves.toEqual({ added: 2 });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'profile/update', values: { manager: 'Dana' } });
  });

  it("throws the background's error message", async () => {
    withRuntime({ id: 'ext', sendMessage: async () => ({ ok: false, error: "points[0].category: 'foo' is not one of …" }) });
    await expect(send('data/import', { json: '{}' })).rejects.toThrow("points[0].category: 'foo'");
  });

  it('says the page needs a reload once the extension context is gone', async () => {
    withRuntime({ sendMessage: async () => ({ ok: true, value: [] }) });
    await expect(send('points/list', {})).rejects.toBeInstanceOf(ContextInvalidatedError);
    withRuntime({ id: 'ext', sendMessage: async () => Promise.reject(new Error('Extension context invalidated.')) });
    await expect(send('points/list', {})).rejects.toBeInstanceOf(ContextInvalidatedError);
  });

  it('reports a missing answer instead of returning undefined', async () => {
    withRuntime({ id: 'ext', sendMessage: async () => undefined });
    await expect(send('profile/get', {})).rejects.toThrow(/No answer/);
  });
});
