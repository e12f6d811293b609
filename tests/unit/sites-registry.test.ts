import { describe, expect, it } from 'vitest';
import { SITES, siteForHost } from '../../src/content/sites/index';

describe('siteForHost', () => {
  it('serves Gmail and all three Outlook hosts', () => {
    expect(siteForHost('mail.google.com')?.id).toBe('gmail');
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']) {
      expect(siteForHost(host)?.id).toBe('outlook');
    }
  });

  it('reads hostnames case-insensitively and allows the root dot', () => {
    expect(siteForHost('MAIL.Google.com')?.id).toBe('gmail');
    expect(siteForHost('outlook.live.com.')?.id).toBe('outlook');
  });

  it('rejects look-alike and neighbouring hosts', () => {
    for (const host of [
      'mail.google.com.evil.com',
      'evil-mail.google.com',
      'xmail.google.com',
      'google.com',
      'docs.google.com',
      'outlook.office.com.attacker.net',
      'live.com',
      'outlook.com',
      'www.example.org',
      '',
    ]) {
      expect(siteForHost(host), host).toBeUndefined();
    }
  });

  it('lists every site once, each with hosts no other site claims', () => {
    const hosts = SITES.flatMap((site) => site.hosts);
    expect(new Set(SITES.map((site) => site.id)).size).toBe(SITES.length);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});
