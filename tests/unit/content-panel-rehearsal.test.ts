// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoint } from '../../src/core/point';
import { ComposeWatch } from '../../src/content/compose/watch';
import { panelKit } from '../../src/content/on-first-use/open-panel';
import { addTestCompose, TEST_SITE } from './test-site';

// Its own file: the panel's styles and the rehearsal are once per page, and this is the page.
const PANEL_CSS = '.panel-of-this-test{color:red}';
const POINT = createPoint({ id: 'p1', category: 'sweetener', title: 'Trial', text: 'A six-week trial.' }, 1);

const addCompose = (key: string) => addTestCompose({ key, html: 'Hi Sam,' });

/** The CSS a shadow root has, whether adopted or (where constructable sheets fail) in a style element. */
function cssIn(shadow: ShadowRoot): string {
  const adopted = shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const inline = [...shadow.querySelectorAll('style')].map((style) => style.textContent ?? '');
  return [...adopted, ...inline].join('\n');
}

describe('the rehearsal of a first open', () => {
  let stop: AbortController;
  let idle: (() => void)[];

  beforeEach(() => {
    stop = new AbortController();
    idle = [];
    vi.stubGlobal('chrome', {
      runtime: {
        id: 'test',
        sendMessage: vi.fn(async (message: { type: string }) => {
          if (message.type === 'ui/panel-styles') return { ok: true, value: { css: PANEL_CSS } };
          if (message.type === 'points/list') return { ok: true, value: [POINT] };
          if (message.type === 'profile/get') return { ok: true, value: {} };
          return { ok: true, value: POINT };
        }),
      },
    });
    // happy-dom has no idle callbacks: these are the browser's, run when the test says the page is idle.
    Object.defineProperty(document.defaultView, 'requestIdleCallback', {
      configurable: true,
      value: (run: IdleRequestCallback) => idle.push(() => run({ didTimeout: false, timeRemaining: () => 50 })),
    });
  });

  afterEach(() => {
    stop.abort();
    Reflect.deleteProperty(document.defaultView ?? {}, 'requestIdleCallback');
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('lays the panel out once per page while it is idle, leaving its styles in the launcher and nothing else: no panel, focus and caret where they were', async () => {
    const first = addCompose('a');
    first.body.focus();
    const caret = document.createRange();
    caret.setStart(first.body.firstChild as Text, 3);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(caret);
    new ComposeWatch(TEST_SITE, document, stop.signal, () => panelKit([]));
    await vi.waitFor(() => expect(idle.length).toBeGreaterThan(0));
    expect(cssIn(first.shadow())).not.toContain('panel-of-this-test');
    for (const run of idle.splice(0)) run();

    const shadow = first.shadow();
    expect(cssIn(shadow)).toContain('panel-of-this-test');
    expect(shadow.querySelector('[data-testid="rp-panel"]')).toBeNull();
    expect(shadow.querySelector('[data-testid="rp-launcher"]')?.getAttribute('aria-expanded')).not.toBe('true');
    expect(document.activeElement).toBe(first.body);
    expect(document.getSelection()?.anchorOffset).toBe(3);

    // A compose that shows later finds the page rehearsed: nothing more is done while idle.
    const second = addCompose('b');
    second.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    second.shadow();
    await Promise.resolve();
    expect(idle).toHaveLength(0);

    // And the real first open shows the points with those styles.
    shadow.querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await vi.waitFor(() => expect(shadow.querySelector('[data-testid="rp-panel"][data-styled] [data-testid="rp-suggestion"]')).not.toBeNull());
  });
});
