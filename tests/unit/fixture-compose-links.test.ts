import { afterEach, describe, expect, it } from 'vitest';
import { composeLink } from '../../src/core/draft/compose-links';
import type { MailFixture } from '../fixtures/fixture-api';
import { openFixturePage, type FixturePage } from '../fixtures/load-fixture';

let page: FixturePage<MailFixture>;
afterEach(() => page.close());

const SUBJECT = 'Proposal: Tuesdays & Thursdays (6-week trial)';
const BODY = 'Hi Sam,\n\nI would like to propose a trial: 50% of my week + 100% of my focus.\n\nThanks,\nAlex';

/** The subject as the compose shows it, and the body's text with its line breaks. */
function composeOf(fixture: MailFixture, id: string): { subject: string | undefined; body: string } {
  const root = fixture.rootOf(id);
  const body = fixture.bodyOf(id);
  const subject = root?.querySelector<HTMLInputElement>('input[name="subjectbox"], [id$="_SUBJECT"] input')?.value;
  const text = [...(body?.querySelector('.elementToProof') ?? body)?.childNodes ?? []].map((node) => (node.nodeName === 'BR' ? '\n' : node.textContent)).join('');
  return { subject, body: text };
}

describe.each([
  { site: 'Gmail', target: 'gmail' as const },
  { site: 'Outlook (work)', target: 'outlook-work' as const },
  { site: 'Outlook (personal)', target: 'outlook-personal' as const },
])('the $site compose address', ({ target }) => {
  it('opens one compose holding the subject and the body, line breaks and all', async () => {
    page = openFixturePage<MailFixture>(composeLink(target, SUBJECT, BODY).url);
    const [id = '', ...others] = await page.fixture.opened();
    expect(others).toEqual([]);
    expect(composeOf(page.fixture, id)).toEqual({ subject: SUBJECT, body: BODY });
  });

  it('opens an empty body when the address carries only a subject (a draft too long for a link)', async () => {
    const long = 'word '.repeat(2000);
    const link = composeLink(target, SUBJECT, long);
    expect(link.withBody).toBe(false);
    page = openFixturePage<MailFixture>(link.url);
    const [id = ''] = await page.fixture.opened();
    expect(composeOf(page.fixture, id)).toEqual({ subject: SUBJECT, body: '' });
  });
});
