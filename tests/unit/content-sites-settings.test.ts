// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { SitesSettings } from '../../src/popup/SitesSettings';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function fakeStorage(initial: Record<string, unknown>) {
  const data = { ...initial };
  const listeners: Listener[] = [];
  const local = {
    get: vi.fn(async (key: string) => (key in data ? { [key]: data[key] } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      Object.assign(data, items);
      for (const listener of listeners) listener(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
    }),
  };
  vi.stubGlobal('chrome', { storage: { local, onChanged: { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined } } });
  return { data, local, listeners };
}

async function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(h(SitesSettings, {}), root);
  });
  await act(async () => undefined);
  const box = (site: string) => root.querySelector<HTMLInputElement>(`[data-testid="rp-site-switch"][name="${site}"]`);
  return { root, box };
}

describe('per-site switches in settings', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('shows both sites on when nothing is stored, and stores a switch turned off', async () => {
    const storage = fakeStorage({});
    const { box } = await mount();
    expect(box('gmail')?.checked).toBe(true);
    expect(box('outlook')?.checked).toBe(true);
    await act(async () => {
      box('outlook')?.click();
    });
    expect(storage.data.sites).toEqual({ gmail: true, outlook: false });
    expect(box('outlook')?.checked).toBe(false);
  });

  it('shows what is stored and follows changes made elsewhere', async () => {
    const storage = fakeStorage({ sites: { gmail: false, outlook: true } });
    const { box } = await mount();
    expect(box('gmail')?.checked).toBe(false);
    await act(async () => {
      for (const listener of storage.listeners) listener({ sites: { newValue: { gmail: true, outlook: true } } }, 'local');
    });
    expect(box('gmail')?.checked).toBe(true);
  });
});
