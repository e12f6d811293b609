import { describe, expect, it } from 'vitest';
import { SITES, siteForHost } from '../../src/core/sites';

describe('siteForHost', () => {
  it('serves every host of every site, Gmail and Outlook among them', () => {
    for (const site of SITES) for (const host of site.hosts) expect(siteForHost(host)).toBe(site.id);
    expect(siteForHost('mail.google.com')).toBe('gmail');
    expect(siteForHost('outlook.live.com')).toBe('outlook');
    // Microsoft 365's newer address for Outlook on the web.
    expect(siteForHost('outlook.cloud.microsoft')).toBe('outlook');
  });

  it('reads hostnames case-insensitively and allows the root dot', () => {
    expect(siteForHost('MAIL.Google.com')).toBe('gmail');
    expect(siteForHost('outlook.live.com.')).toBe('outlook');
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
      'cloud.microsoft',
      'outlook.cloud.microsoft.evil.example',
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
