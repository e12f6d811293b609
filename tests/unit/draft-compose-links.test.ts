import { describe, expect, it } from 'vitest';
import { COMPOSE_LINK_LIMIT, composeLink } from '../../src/core/draft/compose-links';

const BODY = 'Hi Sam,\n\nA 50% + 50% split & a trial? #yes\n\nAlex';

describe('compose links', () => {
  it("open Gmail's compose view with the subject as su= and the body", () => {
    const link = composeLink('gmail', 'Proposal: Fridays', BODY);
    expect(link.withBody).toBe(true);
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('fs')).toBe('1');
    expect(url.searchParams.get('su')).toBe('Proposal: Fridays');
    expect(url.searchParams.get('body')).toBe(BODY);
  });

  it("open Outlook's compose deeplink on the work or the personal host", () => {
    for (const [target, host] of [['outlook-work', 'outlook.office.com'], ['outlook-personal', 'outlook.live.com']] as const) {
      const url = new URL(composeLink(target, 'Proposal', BODY).url);
      expect(url.host).toBe(host);
      expect(url.pathname).toBe('/mail/deeplink/compose');
      expect(url.searchParams.get('subject')).toBe('Proposal');
      expect(url.searchParams.get('body')).toBe(BODY);
    }
  });

  it('encode spaces as %20, never +, and every character that would end a value', () => {
    const { url } = composeLink('outlook-work', 'a b', BODY);
    expect(url).not.toContain('+');
    expect(url).toContain('subject=a%20b');
    expect(url).toContain('%26%20a%20trial%3F%20%23yes');
    expect(url).toContain('%0A%0A');
  });

  it('write Windows line breaks as plain ones', () => {
    expect(new URL(composeLink('gmail', 's', 'a\r\nb').url).searchParams.get('body')).toBe('a\nb');
  });

  it('carry a draft up to the limit, and past it open a compose with the subject only', () => {
    const fits = 'x'.repeat(COMPOSE_LINK_LIMIT - composeLink('gmail', 'S', '').url.length);
    expect(composeLink('gmail', 'S', fits)).toMatchObject({ withBody: true, fullLength: COMPOSE_LINK_LIMIT });
    const long = composeLink('gmail', 'S', `${fits}x`);
    expect(long).toMatchObject({ withBody: false, fullLength: COMPOSE_LINK_LIMIT + 1 });
    expect(new URL(long.url).searchParams.get('body')).toBeNull();
    expect(new URL(long.url).searchParams.get('su')).toBe('S');
  });
});
