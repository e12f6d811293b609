import { gmail } from './gmail';
import { outlook } from './outlook';
import type { SiteAdapter } from './site';

/** Every supported site. A new site is one adapter file and one entry here. */
export const SITES: readonly SiteAdapter[] = [gmail, outlook];

/**
 * The adapter serving a page's hostname, by exact match: `mail.google.com.evil.example` or
 * `evil-outlook.live.com` must get nothing. Hostnames are case-insensitive, and a fully qualified
 * name may end in a dot.
 */
export function siteForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SITES.find((site) => site.hosts.includes(host));
}
