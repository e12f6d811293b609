import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../../src/core/categories';
import { PROFILE_FIELDS } from '../../src/core/profile';
import { t } from '../../src/popup/i18n';
import { categoryEmpty, categoryExplanation, categoryLabel, profileHint, profileLabel } from '../../src/popup/labels';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const root = join(import.meta.dirname, '../..');
const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;

/** What Chromium's getMessage does with named placeholders and $1…$9. */
function getMessage(name: string, substitutions: string[] = []): string {
  const entry = messages[name];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, key: string) => entry.placeholders?.[key.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('UI strings', () => {
  it('fall back to the message name where no i18n API exists (unit tests)', () => {
    expect(t('pointAdd')).toBe('pointAdd');
  });

  it('come from the browser, with numbers passed as text', () => {
    (globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
    expect(t('pointAdd')).toBe('+ Add point');
    expect(t('pointUsedMany', 3)).toBe('Inserted 3 times');
    expect(t('backupPlan', 'b.json', 12, 3, 40)).toBe('Importing “b.json” adds 12, updates 3, leaves 40 untouched.');
  });

  it('name a label, a hint and the category texts for every fill-in and category', () => {
    (globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
    for (const { key } of PROFILE_FIELDS) {
      expect(profileLabel(key), key).not.toMatch(/^profile/);
      expect(profileHint(key), key).not.toMatch(/^profile/);
    }
    for (const id of CATEGORY_IDS) {
      for (const text of [categoryLabel(id), categoryExplanation(id), categoryEmpty(id)]) expect(text, id).not.toMatch(/^category/);
    }
  });

  it('are valid Chrome message names, distinct even ignoring case', () => {
    const names = Object.keys(messages);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it('declare every placeholder they use, numbered $1, $2… without gaps, and describe themselves', () => {
    for (const [name, entry] of Object.entries(messages)) {
      expect(entry.description, name).toBeTruthy();
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {});
      expect(new Set(used), name).toEqual(new Set(declared));
      const numbers = Object.values(entry.placeholders ?? {})
        .map((p) => Number(p.content.replace('$', '')))
        .sort((a, b) => a - b);
      expect(numbers, name).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('cover every message name the popup and options page ask for', () => {
    const files = [...sourceFiles(join(root, 'src/popup')), ...sourceFiles(join(root, 'src/options'))];
    const asked = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_@]+)'/g)].map((m) => m[1] ?? '')));
    expect(asked.size).toBeGreaterThan(50);
    for (const name of asked) expect(messages, name).toHaveProperty(name);
  });
});
