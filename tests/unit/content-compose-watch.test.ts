// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoint } from '../../src/core/point';
import { ComposeWatch } from '../../src/content/compose/watch';
import { panelKit } from '../../src/content/on-first-use/open-panel';
import type { ComposeFeature, FeatureCompose } from '../../src/content/features/feature';
import { addTestCompose, TEST_SITE } from './test-site';
import { fromPage } from './setup/user-input';

const adapter = TEST_SITE;

const POINT = createPoint({ id: 'p1', category: 'sweetener', title: 'Trial', text: 'A six-week trial.' }, 1);

const addCompose = (key: string) => addTestCompose({ key, html: 'Hi' });

const launchers = (scope: ParentNode = document) => scope.querySelectorAll('[data-remote-pitch]');
const shadowOf = (root: HTMLElement) => root.querySelector('[data-remote-pitch]')?.shadowRoot ?? null;

/** A worker that lists POINT, with an empty profile, and answers anything else with it; what is sent goes in `sent`. */
function stubWorker(sent: { type: string }[]): void {
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'test',
      sendMessage: vi.fn(async (message: { type: string }) => {
        sent.push(message);
        if (message.type === 'points/list') return { ok: true, value: [POINT] };
        if (message.type === 'profile/get') return { ok: true, value: {} };
        return { ok: true, value: POINT };
      }),
    },
  });
}

describe('compose sessions', () => {
  const sent: { type: string }[] = [];
  let stop: AbortController;

  beforeEach(() => {
    sent.length = 0;
    stubWorker(sent);
    stop = new AbortController();
  });

  afterEach(() => {
    stop.abort();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('puts one launcher in each compose already on the page, and again when focus finds a new one', () => {
    addCompose('a');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
    expect(launchers()).toHaveLength(1);
    const late = addCompose('b');
    late.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(launchers()).toHaveLength(2);
    expect(launchers(late.root)).toHaveLength(1);
    late.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(launchers()).toHaveLength(2);
  });

  it('moves its launcher into a rebuilt toolbar and drops a dead copy the site cloned along', async () => {
    const { root, body } = addCompose('a');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
    const row = root.querySelector('.row');
    const rebuilt = row?.cloneNode(true) as HTMLElement;
    row?.replaceWith(rebuilt);
    expect(launchers(rebuilt)).toHaveLength(1);
    // Back within the same task: a test (or user) looking right after the re-render sees it.
    await Promise.resolve();
    expect(launchers(root)).toHaveLength(1);
    expect(body.isConnected).toBe(true);
    expect(shadowOf(root)).not.toBeNull();
  });

  it('keeps one session for a compose whose body the site replaced', () => {
    const { root, body } = addCompose('a');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
    const host = root.querySelector('[data-remote-pitch]');
    const fresh = body.cloneNode(true) as HTMLElement;
    body.replaceWith(fresh);
    fresh.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(launchers()).toHaveLength(1);
    expect(root.querySelector('[data-remote-pitch]')).toBe(host);
  });

  it('gives a feature the compose, its own panel section, body input and word of each insertion', async () => {
    const calls: string[] = [];
    let seen: FeatureCompose | undefined;
    const feature: ComposeFeature = {
      init(compose, signal) {
        seen = compose;
        calls.push('init');
        compose.on('panel-open', ({ section }) => calls.push(`open:${section.isConnected}`), signal);
        compose.on('input', ({ panelOpen }) => calls.push(`input:${panelOpen}`), signal);
        compose.on('inserted', () => calls.push(`inserted:${[...compose.insertedIds].join()}`), signal);
      },
    };
    const { root, body } = addCompose('a');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([feature]));
    body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    shadowOf(root)?.querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    expect(seen?.body).toBe(body);
    expect(seen?.draftRules.drop).toEqual(['.quote']);
    body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.waitFor(() => expect(shadowOf(root)?.querySelector('[data-testid="rp-suggestion"]')).not.toBeNull());
    shadowOf(root)?.querySelector<HTMLElement>('[data-testid="rp-suggestion"]')?.click();
    expect(body.textContent).toContain('A six-week trial.');
    // The insertion's own input event comes with the panel already closed.
    expect(calls).toEqual(['init', 'input:false', 'open:true', 'input:true', 'input:false', 'inserted:p1']);
    expect(shadowOf(root)?.querySelector('[data-testid="rp-panel"]')).toBeNull();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('points/record-use'));
  });

  it('still lists and inserts when a feature throws, whether in its listeners or its ranking', async () => {
    const broken = () => {
      throw new Error('coach bug');
    };
    const listensBadly: ComposeFeature = {
      init(compose, signal) {
        compose.on('panel-open', broken, signal);
        compose.on('input', broken, signal);
        compose.on('inserted', broken, signal);
      },
      order: broken,
    };
    const failsAtOnce: ComposeFeature = { init: broken, order: async () => Promise.reject(new Error('ranking bug')) };
    const { root, body } = addCompose('a');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([listensBadly, failsAtOnce]));
    shadowOf(root)?.querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.waitFor(() => expect(shadowOf(root)?.querySelector('[data-testid="rp-suggestion"]')).not.toBeNull());
    shadowOf(root)?.querySelector<HTMLElement>('[data-testid="rp-suggestion"]')?.click();
    expect(body.textContent).toContain('A six-week trial.');
  });

  it('opens the panel of the compose that has focus on Alt+Shift+P, from any of its fields', () => {
    addCompose('a');
    const { root } = addCompose('b');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
    const send = root.querySelector('button');
    send?.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.querySelectorAll('[data-remote-pitch]')).toHaveLength(2);
    expect(shadowOf(root)?.querySelector('[data-testid="rp-panel"]')).not.toBeNull();
    const panels = [...document.querySelectorAll('[data-remote-pitch]')].filter((host) => host.shadowRoot?.querySelector('[data-testid="rp-panel"]'));
    expect(panels).toHaveLength(1);
  });

  it('disposes a compose the page took out before any upkeep, however the page goes on changing it', async () => {
    const { root } = addCompose('a');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
    expect(launchers(root)).toHaveLength(1);
    let changes = 0;
    new MutationObserver((records) => (changes += records.length)).observe(root, { childList: true, subtree: true });
    root.remove();
    root.querySelector('.row')?.append(document.createElement('span'));
    for (let tick = 0; tick < 20; tick += 1) await Promise.resolve();
    root.querySelector('.row')?.append(document.createElement('span'));
    await new Promise((done) => setTimeout(done, 0));
    // The page's two changes and our launcher leaving; nothing of ours went back in.
    expect(changes).toBe(3);
    expect(launchers(root)).toHaveLength(0);
    // The same compose put back is a new one, with its own launcher.
    document.body.append(root);
    root.querySelector<HTMLElement>('.body')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(launchers(root)).toHaveLength(1);
  });

  it('opens, picks and inserts only on the user\'s own input, not on events a page script makes', async () => {
    const { root, body } = addCompose('a');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
    const launcher = () => shadowOf(root)?.querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]');
    const panel = () => shadowOf(root)?.querySelector('[data-testid="rp-panel"]');
    launcher()?.dispatchEvent(fromPage(new MouseEvent('click', { bubbles: true })));
    body.dispatchEvent(fromPage(new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true })));
    expect(panel()).toBeNull();
    launcher()?.click();
    await vi.waitFor(() => expect(shadowOf(root)?.querySelector('[data-testid="rp-suggestion"]')).not.toBeNull());
    shadowOf(root)?.querySelector('[data-testid="rp-suggestion"]')?.dispatchEvent(fromPage(new MouseEvent('click', { bubbles: true })));
    shadowOf(root)?.querySelector('[data-testid="rp-panel-search"]')?.dispatchEvent(fromPage(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await new Promise((done) => setTimeout(done, 0));
    expect(body.textContent).toBe('Hi');
    expect(panel()).not.toBeNull();
    expect(sent.map((m) => m.type)).not.toContain('points/record-use');
  });

  it('puts the launcher on the body of a compose whose toolbar it does not recognise, and into the toolbar once there is one', async () => {
    vi.useFakeTimers();
    try {
      const { root, body } = addCompose('a');
      const row = root.querySelector('.row');
      row?.remove();
      const watch = new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
      // Sites render the toolbar after the body: no launcher on the body straight away.
      expect(launchers(root)).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1500);
      expect(watch.status()).toEqual({ composes: 1, onBody: 1 });
      const host = root.querySelector<HTMLElement>('[data-remote-pitch]');
      expect(host?.dataset.slot).toBe('body');
      expect(host?.nextElementSibling).toBe(body);
      expect(body.querySelector('[data-remote-pitch]')).toBeNull();
      if (row) root.prepend(row);
      await vi.advanceTimersByTimeAsync(0);
      expect(launchers(root)).toHaveLength(1);
      expect(row?.querySelector('[data-remote-pitch]')).toBe(host);
      expect(host?.dataset.slot).toBe('div');
      expect(watch.status()).toEqual({ composes: 1, onBody: 0 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens the panel from the keyboard in a compose without a toolbar, its launcher on the body', () => {
    const { root, body } = addCompose('a');
    root.querySelector('.row')?.remove();
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', code: 'KeyP', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    expect(root.querySelector<HTMLElement>('[data-remote-pitch]')?.dataset.slot).toBe('body');
    expect(shadowOf(root)?.querySelector('[data-testid="rp-panel"]')).not.toBeNull();
  });

  it('stops all its work once the extension was updated under the page, and its launcher says to reload', async () => {
    const heard: string[] = [];
    let featureLife: AbortSignal | undefined;
    const feature: ComposeFeature = {
      init(compose, signal) {
        featureLife = signal;
        compose.on('input', () => heard.push('input'), signal);
      },
    };
    const sheets = document.adoptedStyleSheets.length;
    const { root, body } = addCompose('a');
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([feature]));
    body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(heard).toEqual(['input']);

    // What Chrome leaves an orphaned content script: the runtime, without its id.
    (globalThis as unknown as { chrome: { runtime: { id?: string } } }).chrome.runtime.id = undefined;
    body.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(heard).toEqual(['input']);
    expect(featureLife?.aborted).toBe(true);
    const launcher = shadowOf(root)?.querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]');
    expect(launcher?.dataset.state).toBe('reload');
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    const late = addCompose('b');
    late.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(launchers(late.root)).toHaveLength(0);
    // The launcher still answers the user, with what helps.
    launcher?.click();
    await vi.waitFor(() => expect(shadowOf(root)?.querySelector('[data-testid="rp-notice"]')?.textContent).toMatch(/reload this page/i));
    expect(sent.map((m) => m.type)).not.toContain('points/list');
  });

  it('removes everything it added when stopped', () => {
    addCompose('a');
    const before = document.adoptedStyleSheets.length;
    new ComposeWatch(adapter, document, stop.signal, () => panelKit([]));
    expect(launchers()).toHaveLength(1);
    stop.abort();
    expect(launchers()).toHaveLength(0);
    expect(document.adoptedStyleSheets.length).toBe(before);
    expect(document.querySelector('style')).toBeNull();
  });
});

describe('the panel script, loaded on first use', () => {
  let stop: AbortController;

  beforeEach(() => {
    stubWorker([]);
    stop = new AbortController();
  });

  afterEach(() => {
    stop.abort();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  /** A stand-in for the worker's injection: each load waits until the test lets it finish. */
  function slowKit() {
    const loads: { resolve(): void; reject(error: Error): void }[] = [];
    const source = vi.fn(() => new Promise<ReturnType<typeof panelKit>>((resolve, reject) => {
      loads.push({ resolve: () => resolve(panelKit([])), reject });
    }));
    return { source, loads };
  }

  function emptyCompose(): { root: HTMLElement; body: HTMLElement; launcher: () => HTMLButtonElement } {
    const { root, body } = addCompose('a');
    body.textContent = '';
    const launcher = () => {
      const button = shadowOf(root)?.querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]');
      if (!button) throw new Error('no launcher');
      return button;
    };
    return { root, body, launcher };
  }

  it('asks for nothing on an empty compose until the pointer comes over the launcher', () => {
    const { launcher } = emptyCompose();
    const { source } = slowKit();
    new ComposeWatch(adapter, document, stop.signal, source);
    expect(source).not.toHaveBeenCalled();
    launcher().dispatchEvent(new PointerEvent('pointerenter'));
    expect(source).toHaveBeenCalledTimes(1);
    // A click while it loads asks no second time.
    launcher().click();
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('asks for it once the page is idle after an empty compose shows, and once only', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    emptyCompose();
    addCompose('b').body.textContent = '';
    const { source } = slowKit();
    new ComposeWatch(adapter, document, stop.signal, source);
    expect(source).not.toHaveBeenCalled();
    expect(idle).toHaveLength(2);
    for (const run of idle) run();
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('opens the panel once the script arrives after a click that came first, with what was typed meanwhile in its search', async () => {
    const { root, launcher } = emptyCompose();
    const { source, loads } = slowKit();
    new ComposeWatch(adapter, document, stop.signal, source);
    launcher().click();
    expect(shadowOf(root)?.querySelector('[data-testid="rp-panel"]')).toBeNull();
    for (const key of ['T', 'r', 'x', 'Backspace']) launcher().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    loads[0]?.resolve();
    await vi.waitFor(() => expect(shadowOf(root)?.querySelector<HTMLInputElement>('[data-testid="rp-panel-search"]')?.value).toBe('Tr'));
  });

  it('opens nothing when a second click took the first one back before the script arrived', async () => {
    const { root, launcher } = emptyCompose();
    const { source, loads } = slowKit();
    new ComposeWatch(adapter, document, stop.signal, source);
    launcher().click();
    launcher().click();
    loads[0]?.resolve();
    await new Promise((done) => setTimeout(done, 0));
    expect(shadowOf(root)?.querySelector('[data-testid="rp-panel"]')).toBeNull();
  });

  it('says beside the launcher why the panel did not open, and opens it on the next click once the script comes', async () => {
    const { root, launcher } = emptyCompose();
    const { source, loads } = slowKit();
    new ComposeWatch(adapter, document, stop.signal, source);
    launcher().click();
    loads[0]?.reject(new Error('No answer from the background.'));
    const note = () => shadowOf(root)?.querySelector('[data-testid="rp-launch-error"]');
    await vi.waitFor(() => expect(note()?.textContent).toMatch(/couldn't open: No answer from the background\. Click to try again/));
    expect(note()?.getAttribute('role')).toBe('alert');
    launcher().click();
    expect(source).toHaveBeenCalledTimes(2);
    loads[1]?.resolve();
    await vi.waitFor(() => expect(shadowOf(root)?.querySelector('[data-testid="rp-panel"]')).not.toBeNull());
    expect(note()).toBeNull();
  });
});
