import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentScripts } from '../../scripts/build/manifest';
import type { SiteAdapter } from '../../src/content/site-kit/adapter';
import { ADAPTERS } from '../../src/content/sites';
import { SITES } from '../../src/core/sites';
import type { MailFixture } from '../fixtures/fixture-api';
import { openFixturePage } from '../fixtures/load-fixture';
import type { SiteContract } from '../fixtures/site-contract';

/**
 * Every registered mail site, checked the same way (in the spirit of refined-github's
 * build/features.test.ts): it has exactly one adapter, its hosts are the manifest's and the
 * README's, it has a fixture folder with a contract, and each selector its adapter relies on
 * matches the fixture pages as the contract says — so a selector nobody exercises, or a fixture
 * that drifted from the adapter, fails here.
 */
const contracts = import.meta.glob<SiteContract>('../fixtures/*/contract.ts', { eager: true, import: 'default' });
const fixtureDir = (id: string) => new URL(`../fixtures/${id}/`, import.meta.url);

/** The adapter's selectors by contract name: a list's entries are `name[0]`, `name[1]`… */
function selectorsOf(adapter: SiteAdapter): Map<string, string> {
  const named = new Map<string, string>();
  for (const [name, value] of Object.entries(adapter.selectors)) {
    if (typeof value === 'string') named.set(name, value);
    else value.forEach((selector, index) => named.set(`${name}[${index}]`, selector));
  }
  return named;
}

it('has one adapter per registered site, and no adapter without a site', () => {
  expect(ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(SITES.map((site) => site.id).sort());
});

it("matches the content script to every site's hosts and nothing else", () => {
  const [script] = contentScripts('content.js');
  expect(script?.matches).toEqual(SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`)));
  for (const pattern of script?.matches ?? []) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
});

it('names every host in the README, where each permission is explained', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const host of SITES.flatMap((site) => site.hosts)) expect(readme).toContain(`https://${host}/*`);
});

describe.each(SITES.map((site) => ({ site, adapter: ADAPTERS.find((a) => a.id === site.id) })))('$site.label', ({ site, adapter }) => {
  const contract = contracts[`../fixtures/${site.id}/contract.ts`];

  it('has a fixture folder with a mailbox page and a contract', () => {
    expect(existsSync(new URL('index.html', fixtureDir(site.id)))).toBe(true);
    expect(contract).toBeDefined();
  });

  it('has a contract that names only selectors its adapter has, and sees each of them match', () => {
    const named = selectorsOf(adapter as SiteAdapter);
    const checked = Object.values(contract?.pages ?? {}).flatMap((counts) => Object.keys(counts));
    expect(checked.filter((name) => !named.has(name))).toEqual([]);
    const seen = new Set(Object.values(contract?.pages ?? {}).flatMap((counts) => Object.keys(counts).filter((name) => (counts[name] ?? 0) > 0)));
    expect([...named.keys()].filter((name) => !seen.has(name))).toEqual([]);
  });

  it.each(Object.entries(contract?.pages ?? {}))('on %s, each selector matches as often as the contract says', async (path, counts) => {
    const page = openFixturePage<MailFixture>(`https://${site.hosts[0]}${path}`);
    try {
      await page.settle();
      const named = selectorsOf(adapter as SiteAdapter);
      const found = Object.fromEntries(Object.keys(counts).map((name) => [name, page.document.querySelectorAll(named.get(name) ?? ':not(*)').length]));
      expect(found).toEqual(counts);
    } finally {
      await page.close();
    }
  });
});
