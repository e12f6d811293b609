import type { SiteAdapter } from '../../src/content/sites/site';

/**
 * A made-up mail site for the compose-session tests: just enough DOM (`.compose` holding a
 * `.body` and a `.row`) for the content script's logic, with no real site's selectors in the way.
 */
export const TEST_SITE: SiteAdapter = {
  id: 'gmail',
  label: 'Test mail',
  hosts: ['mail.test'],
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
  quoteSelectors: ['.quote'],
  isDark: () => false,
};
