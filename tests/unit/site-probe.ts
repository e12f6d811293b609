import type { Compose, SiteAdapter } from '../../src/content/site-kit/adapter';
import type { MailFixture } from '../fixtures/fixture-api';
import type { FixturePage } from '../fixtures/load-fixture';

/**
 * What the site tests ask of the open fixture page through an adapter: every body its selector
 * matches, and a compose's body and root as the adapter finds them. Throws instead of returning
 * null, so a test reads as the behaviour it expects.
 */
export function siteProbe(adapter: SiteAdapter, page: () => FixturePage<MailFixture>) {
  const body = (id: string): HTMLElement => {
    const found = page().fixture.bodyOf(id);
    if (!found) throw new Error(`compose ${id} has not rendered`);
    return found;
  };
  return {
    bodies: (): HTMLElement[] => Array.from(page().document.querySelectorAll<HTMLElement>(adapter.bodySelector)),
    body,
    compose(id: string): Compose {
      const found = adapter.composeOf(body(id));
      if (!found) throw new Error(`no compose found for ${id}`);
      return found;
    },
  };
}
