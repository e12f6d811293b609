import type { CategoryId } from '../core/categories';
import { message } from './extension-api';

/**
 * Names of categories and fill-ins, taken from the extension's `_locales` (the popup's wording, in
 * the user's language) rather than bundled again into the script every mail page loads. The message
 * names follow the ids: `my-motivation` → `categoryMyMotivation`, `trialWeeks` → `profileTrialWeeks`.
 */
const pascal = (id: string) => id.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * `daysPerWeek` → `Days per week`, `my-motivation` → `My motivation`: readable if a message is missing.
 * @internal Exported for its unit tests.
 */
export function humanise(id: string): string {
  const words = id.replace(/-/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const categoryLabel = (id: CategoryId): string => message(`category${pascal(id)}`) || humanise(id);

export const fillInLabel = (name: string): string => message(`profile${pascal(name)}`) || humanise(name);

/** An example or explanation for a fill-in; '' for placeholders the profile has no field for. */
export const fillInHint = (name: string): string => message(`profile${pascal(name)}Hint`);
