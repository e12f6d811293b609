import type { Profile } from './profile';

export interface FillResult {
  text: string;
  /** Placeholder names with no value in the profile, once each, in order of first use. */
  missing: string[];
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Every `{name}` in a text, in order: the whole placeholder is `[0]`, its name `[1]`. */
export function placeholderMatches(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(PLACEHOLDER);
}

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

/**
 * What a skipped fill-in becomes when inserted into an email: visible, and clearly a gap.
 * @internal Exported for its unit tests.
 */
export function markMissing(text: string, names: readonly string[]): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (names.includes(name) ? `[${name}]` : whole));
}

/**
 * The text to insert once the user answered a fill-in prompt. Answers fill their placeholders and
 * blanks become visible `[name]` gaps. Every answer is offered for saving: the background keeps
 * the profile's own fields and drops any other placeholder name, so the prompt needn't carry the list.
 */
export function completeFillIns(
  text: string,
  profile: Profile,
  answers: Readonly<Record<string, string>>,
): { text: string; toSave: Profile } {
  const values: Record<string, string | undefined> = { ...profile };
  const toSave: Record<string, string> = {};
  for (const [name, raw] of Object.entries(answers)) {
    const answer = raw.trim();
    if (!answer) continue;
    values[name] = answer;
    toSave[name] = answer;
  }
  const filled = fill(text, values as Profile);
  // Keys outside Profile are possible here and harmless: see above.
  return { text: markMissing(filled.text, filled.missing), toSave: toSave as Profile };
}
