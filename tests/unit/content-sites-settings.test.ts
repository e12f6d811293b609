// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { SitesSettings } from '../../src/popup/SitesSettings';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The tabs of the popup's window: the popup itself (opened as a tab) and the mail tab answering `page/status`. */
function fakeTabs(answer: unknown) {
  const sendMessage = vi.fn(async (id: number, message: unknown) => {
    if (id !== 7) throw new Error('Could not establish connection. Receiving end does not exist.');
    return (message as { type?: string }).type === 'page/status' ? answer : undefined;
  });
  return {
    getCurrent: async () => ({ id: 9, active: true }),
    query: async () => [{ id: 3, active: false, lastAccessed: 1 }, { id: 7, active: false, lastAccessed: 5 }, { id: 9, active: true, lastAccessed: 6 }],
    sendMessage,
  };
}

function fakeStorage(initial: Record<string, unknown>, tabs?: unknown) {
  const data = { ...initial };
  const listeners: Listener[] = [];
  const local = {
    get: vi.fn(async (key: string) => (key in data ? { [key]: data[key] } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      Object.assign(data, items);
      for (const listener of listeners) listener(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
    }),
  };
  vi.stubGlobal('chrome', { storage: { local, onChanged: { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined } }, tabs });
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

  it.each([
    [{ site: 'outlook', on: true, composes: 2, onBody: 0 }, 'working', /Working on this page/],
    [{ site: 'outlook', on: true, composes: 2, onBody: 1 }, 'partial', /Partly detected on this page/],
    [{ site: 'outlook', on: true, composes: 0, onBody: 0 }, 'none', /Not detected on this page/],
  ])('says under the mail tab’s site what was recognised there (%o)', async (answer, status, text) => {
    fakeStorage({}, fakeTabs(answer));
    const { root } = await mount();
    const line = await vi.waitFor(() => {
      const found = root.querySelector<HTMLElement>('[data-testid="rp-site-status"]');
      if (!found) throw new Error('no status yet');
      return found;
    });
    expect(line.dataset.site).toBe('outlook');
    expect(line.dataset.status).toBe(status);
    expect(line.textContent).toMatch(text);
    expect(root.querySelectorAll('[data-testid="rp-site-status"]')).toHaveLength(1);
  });

  it('says nothing of detection for a site switched off, or when the tab is no mail page', async () => {
    for (const answer of [{ site: 'gmail', on: false, composes: 0, onBody: 0 }, undefined]) {
      const tabs = fakeTabs(answer);
      fakeStorage({}, tabs);
      const { root } = await mount();
      await vi.waitFor(() => expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page/status' }));
      await act(async () => undefined);
      expect(root.querySelector('[data-testid="rp-site-status"]')).toBeNull();
      document.body.replaceChildren();
    }
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
