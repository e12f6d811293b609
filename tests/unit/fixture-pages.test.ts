import { afterEach, describe, expect, it } from 'vitest';
import type { MailFixture } from '../fixtures/fixture-api';
import { openFixturePage, type FixturePage } from '../fixtures/load-fixture';

let page: FixturePage<MailFixture>;
afterEach(() => page.close());

function open(url: string): MailFixture {
  page = openFixturePage<MailFixture>(url);
  return page.fixture;
}

describe.each([
  { site: 'Gmail', origin: 'https://mail.google.com', query: '?compose=2&reply=1&fullscreen=1', composes: 4 },
  { site: 'Outlook', origin: 'https://outlook.office.com', query: '?compose=2&reply=1', composes: 3 },
])('the $site fixture page', ({ origin, query, composes }) => {
  it('announces the composes its query string opens once all of them have rendered', async () => {
    const fixture = open(`${origin}/${query}`);
    // Not even tracked at load: a test that reads ids() at once finds nothing.
    expect(fixture.ids()).toEqual([]);
    const ids = await fixture.opened();
    expect(ids).toHaveLength(composes);
    expect(ids).toEqual(fixture.ids());
    for (const id of ids) expect(fixture.bodyOf(id)?.isConnected).toBe(true);
  });

  it('announces the pop-out’s compose once it has rendered', async () => {
    const fixture = open(`${origin}/popout`);
    const [only = ''] = await fixture.opened();
    expect(fixture.rootOf(only)?.isConnected).toBe(true);
  });

  it('announces no compose when its query string opens none', async () => {
    expect(await open(`${origin}/`).opened()).toEqual([]);
  });
});
