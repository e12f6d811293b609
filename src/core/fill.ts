import type { Profile } from './profile';

export interface FillResult {
  text: string;
  /** Placeholder names with no value in the profile, once each, in order of first use. */
  missing: string[];
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/**
 * Replaces {placeholders} with profile values. A placeholder with no value (unknown key,
 * empty or blank value) stays exactly as written so the user can see what still needs filling.
 */
export function fill(text: string, profile: Profile): FillResult {
  const missing: string[] = [];
  const values = profile as Record<string, string | undefined>;
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text: filled, missing };
}

/** The placeholder names a text uses, once each, in order of first use. */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  for (const [, name = ''] of text.matchAll(PLACEHOLDER)) {
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** What a skipped fill-in becomes when inserted into an email: visible, and clearly a gap. */
export function markMissing(text: string, names: readonly string[]): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (names.includes(name) ? `[${name}]` : whole));
}
