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
