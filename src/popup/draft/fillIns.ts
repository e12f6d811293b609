import { readableDate } from '../../core/dates';
import { DRAFT_FIELDS, type DraftField } from '../../core/draft/build';
import { completeFillIns, placeholderMatches } from '../../core/fill';
import { isProfileKey, suggestedReviewDate, type Profile } from '../../core/profile';

/** The fill-ins still open in a draft's subject and body, once each, in reading order. */
export function openFillIns(subject: string, body: string): string[] {
  return [...new Set([...placeholderMatches(`${subject}\n${body}`)].map((match) => match[1] ?? ''))].filter(Boolean);
}

/**
 * Which of them to ask for: all but the review date when it will follow from the start date and
 * the trial's length (known already, or asked for in the same prompt), as it does in the fill-ins.
 */
export function fillInsToAsk(open: readonly string[], profile: Profile): string[] {
  const known = (key: 'startDate' | 'trialWeeks') => Boolean(profile[key]?.trim()) || open.includes(key);
  return open.filter((name) => name !== 'reviewDate' || !(known('startDate') && known('trialWeeks')));
}

const isDraftField = (name: string): name is DraftField => (DRAFT_FIELDS as readonly string[]).includes(name);

export interface Answered {
  subject: string;
  body: string;
  /** Answers to keep in the profile (when the user asked to save them). */
  profile: Profile;
  /** Answers that belong to this draft only (a formal request's details). */
  values: Partial<Record<DraftField, string>>;
}

/**
 * Fills the answers into the texts. Dates read as the draft writes them; a review date left to
 * follow is computed from the answers; a blank answer becomes a visible `[name]` gap to fill by hand.
 */
export function applyAnswers(subject: string, body: string, raw: Readonly<Record<string, string>>, profile: Profile): Answered {
  const answers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) if (value.trim()) answers[name] = value.trim();
  const review = answers.reviewDate ? undefined : suggestedReviewDate({ ...profile, ...answers });
  if (review) answers.reviewDate = review;
  const written: Record<string, string> = {};
  for (const [name, value] of Object.entries(answers)) written[name] = name === 'startDate' || name === 'reviewDate' ? readableDate(value) : value;
  const saved: Profile = {};
  const values: Partial<Record<DraftField, string>> = {};
  for (const [name, value] of Object.entries(answers)) {
    if (isProfileKey(name)) saved[name] = value;
    else if (isDraftField(name)) values[name] = value;
  }
  return {
    subject: completeFillIns(subject, {}, written).text,
    body: completeFillIns(body, {}, written).text,
    profile: saved,
    values,
  };
}
