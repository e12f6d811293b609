import { fill, markMissing } from '../core/fill';
import type { Profile } from '../core/profile';

/**
 * The text to insert once the user answered the inline prompt. Answers fill their placeholders and
 * blanks become visible `[name]` gaps. Every answer is offered for saving: the background keeps
 * the profile's own fields and drops any other placeholder name, so this script needn't carry the list.
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
