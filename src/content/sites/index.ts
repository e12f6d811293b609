import { siteForHost, type SiteId } from '../../core/sites';
import type { SiteAdapter } from '../site-kit/adapter';

/**
 * Every adapter in this folder, found by the build: a new site's adapter file needs no line here.
 * `tests/unit/sites-registry.test.ts` checks that each site in `core/sites.ts` has exactly one.
 */
const adapters = import.meta.glob<SiteAdapter>(['./*.ts', '!./index.ts'], { eager: true, import: 'default' });

export const ADAPTERS: readonly SiteAdapter[] = Object.values(adapters);

export function adapterFor(id: SiteId): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}

/** The adapter serving a page's hostname, by exact match (see `siteForHost`). */
export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const id = siteForHost(hostname);
  return id ? adapterFor(id) : undefined;
}
