import type { SiteAdapter } from '../../src/content/site-kit/adapter';

/**
 * A made-up mail site for the compose-session tests: just enough DOM (`.compose` holding a
 * `.body` and a `.row`) for the content script's logic, with no real site's selectors in the way.
 */
export const TEST_SITE: SiteAdapter = {
  id: 'gmail',
  selectors: { body: '.body[contenteditable="true"]', root: '.compose', row: '.row', quote: '.quote' },
  bodySelector: '.body[contenteditable="true"]',
  composeOf(body) {
    const root = body.closest<HTMLElement>('.compose');
    return root ? { root, body } : null;
  },
  launcherSlot({ root }) {
    const row = root.querySelector('.row');
    return row ? { parent: row, before: null, wrapperTag: 'div' } : null;
  },
  composeKey: ({ root }) => root.dataset.key ?? null,
  draft: { drop: ['.quote'], signatures: [], historyStarts: [] },
  isDark: () => false,
};

export interface TestCompose {
  root: HTMLElement;
  body: HTMLElement;
  /** The launcher's shadow root; throws while there is no launcher. */
  shadow(): ShadowRoot;
}

/** A compose of TEST_SITE added to the page: its toolbar row (a Send button) and its body holding `html`. */
export function addTestCompose({ key = `k${Math.random()}`, html = '' }: { key?: string; html?: string } = {}): TestCompose {
  const root = document.createElement('div');
  root.className = 'compose';
  root.dataset.key = key;
  root.innerHTML = `<div class="row"><button>Send</button></div><div class="body" contenteditable="true" role="textbox">${html}</div>`;
  document.body.append(root);
  const body = root.querySelector<HTMLElement>('.body');
  if (!body) throw new Error('no body');
  const shadow = () => {
    const found = root.querySelector('[data-remote-pitch]')?.shadowRoot;
    if (!found) throw new Error('no launcher');
    return found;
  };
  return { root, body, shadow };
}
