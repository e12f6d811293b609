// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposeWatch } from '../../src/content/compose/watch';
import { FEATURES } from '../../src/content/features';
import { panelKit } from '../../src/content/on-first-use/open-panel';

/** The panel's script as the worker would inject it, handed over at once. */
const KIT = () => panelKit(FEATURES);
import { draftsView } from '../../src/shared/drafts-view';
import { addTestCompose, TEST_SITE } from './test-site';

const DRAFT = { title: 'Your request', text: 'Hi Sam,\n\nA whole request.' };

describe('whole drafts in the compose panel', () => {
  let sent: string[];
  let failing: boolean;
  let stop: AbortController;

  beforeEach(() => {
    sent = [];
    failing = false;
    vi.stubGlobal('chrome', {
      runtime: {
        id: 'test',
        sendMessage: vi.fn(async (message: { type: string }) => {
          sent.push(message.type);
          if (message.type === 'drafts/list') return failing ? { ok: false, error: 'worker broke' } : { ok: true, value: [draftsView(), { request: DRAFT }] };
          if (message.type === 'points/list') return { ok: true, value: [] };
          if (message.type === 'profile/get') return { ok: true, value: {} };
          return { ok: false, error: 'not in this test' };
        }),
      },
    });
    stop = new AbortController();
  });

  afterEach(() => {
    stop.abort();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  /** Lets the worker's answers (resolved promises) arrive. */
  const settle = () => new Promise((done) => setTimeout(done, 0));

  function openPanel(): { body: HTMLElement; shadow: ShadowRoot } {
    const compose = addTestCompose({ key: 'k1' });
    new ComposeWatch(TEST_SITE, document, stop.signal, KIT);
    const shadow = compose.shadow();
    shadow.querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    return { body: compose.body, shadow };
  }

  // happy-dom marks every event trusted, so that a page script's click inserts nothing is proven in e2e.
  it('offers the drafts the worker lists and inserts the one pressed, counting no point as used', async () => {
    const { body, shadow } = openPanel();
    await settle();
    const button = shadow.querySelector<HTMLButtonElement>('[data-testid="rp-insert-draft"]');
    expect(button?.textContent).toBe('Insert full draft');
    expect(button?.value).toBe('request');
    button?.click();
    await settle();
    expect(body.textContent).toBe('Hi Sam,A whole request.');
    expect(sent).not.toContain('points/record-use');
  });

  it('leaves the panel working without the drafts when the worker cannot list them', async () => {
    failing = true;
    const { shadow } = openPanel();
    await settle();
    expect(shadow.querySelector('[data-testid="rp-insert-draft"]')).toBeNull();
    expect(shadow.querySelector('[data-testid="rp-panel-search"]')).not.toBeNull();
  });
});
