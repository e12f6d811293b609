import { fill, markMissing } from '../core/fill';
import { isProfileKey, type Profile } from '../core/profile';

/**
 * The text to insert once the user answered the inline prompt. Answers fill their placeholders,
 * blanks become visible `[name]` gaps, and only answers to known profile fields can be saved.
 */
export function completeFillIns(
  text: string,
  profile: Profile,
  answers: Readonly<Record<string, string>>,
): { text: string; toSave: Profile } {
  const values: Record<string, string | undefined> = { ...profile };
  const toSave: Profile = {};
  for (const [name, raw] of Object.entries(answers)) {
    const answer = raw.trim();
    if (!answer) continue;
    values[name] = answer;
    if (isProfileKey(name)) toSave[name] = answer;
  }
  const filled = fill(text, values as Profile);
  return { text: markMissing(filled.text, filled.missing), toSave };
}
