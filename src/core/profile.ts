import { addDays, isoDate, parseIsoDate } from './dates';

/**
 * The fill-ins a user saves once and every point reuses. The keys are the {placeholders}
 * the starter library uses; hints are English defaults shown beside each field.
 */
export const PROFILE_FIELDS = [
  { key: 'manager', hint: "Your manager's first name" },
  { key: 'myName', hint: 'Your name' },
  { key: 'days', hint: "Which days you'd work from home, e.g. 'Tuesdays and Thursdays'" },
  { key: 'daysPerWeek', hint: "How many home days a week, e.g. 'two'" },
  { key: 'officeDays', hint: "Days you'd keep in the office, e.g. 'Mondays and Wednesdays'" },
  { key: 'startDate', hint: 'Proposed start date' },
  { key: 'trialWeeks', hint: "Length of the trial in weeks, e.g. '6'" },
  { key: 'reviewDate', hint: 'Date of the review meeting at the end of the trial' },
  { key: 'updateDay', hint: "When you send a written progress note, e.g. 'Friday afternoon'" },
  { key: 'metric', hint: "Your main measure of output, e.g. 'tickets resolved per week'" },
  { key: 'baseline', hint: 'Where that measure stands today' },
  { key: 'target', hint: 'What you commit to hold or beat during the trial' },
  { key: 'coreHours', hint: "Hours you'll reliably be online, e.g. '9:00-17:00'" },
  { key: 'responseTime', hint: "Reply time you commit to, e.g. 'within 30 minutes'" },
  { key: 'extendedHours', hint: 'Extra coverage the saved commute allows' },
  { key: 'commuteMinutes', hint: 'Round-trip commute per day, in minutes' },
  { key: 'travelTime', hint: "Time to reach the office if called in, e.g. '45 minutes'" },
  { key: 'teamGoal', hint: "Your manager's current top priority" },
  { key: 'project', hint: 'A recent result you delivered' },
  { key: 'yearsAtCompany', hint: "Time with the company, e.g. 'three years'" },
  { key: 'pastRemoteExample', hint: 'A time you already worked remotely and it went well' },
  { key: 'tool', hint: "The team's chat or tracking tool, e.g. 'Slack'" },
  { key: 'team', hint: 'Your team or closest collaborators' },
  { key: 'benefitToWaive', hint: "A perk you'd give up, e.g. 'my parking space'" },
  { key: 'peakPeriods', hint: "Busy periods when you'd be on site, e.g. 'month-end close'" },
] as const;

export type ProfileKey = (typeof PROFILE_FIELDS)[number]['key'];
export const PROFILE_KEYS: readonly ProfileKey[] = PROFILE_FIELDS.map((f) => f.key);

/** Values are free text; a missing or blank key means "not filled in yet". */
export type Profile = Partial<Record<ProfileKey, string>>;

export function isProfileKey(value: string): value is ProfileKey {
  return (PROFILE_KEYS as readonly string[]).includes(value);
}

/**
 * The review date offered when the user left it empty: start date plus the trial length.
 * Returns an ISO date (yyyy-mm-dd) or undefined when either input can't be read.
 */
export function suggestedReviewDate(profile: Profile): string | undefined {
  const start = parseIsoDate(profile.startDate);
  const weeks = trialWeeksOf(profile);
  if (!start || weeks === undefined) return undefined;
  return isoDate(addDays(start, weeks * 7));
}

/**
 * The profile as everything that shows or sends it reads it (the meeting card, the draft builder,
 * the trial plan): an empty review date takes the offered one, so they all name the same day.
 */
export function withReviewDate(profile: Profile): Profile {
  if (profile.reviewDate?.trim()) return profile;
  const suggestion = suggestedReviewDate(profile);
  return suggestion ? { ...profile, reviewDate: suggestion } : profile;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** The trial length in weeks, read from "6", "6 weeks" or "six"; undefined when it can't be read. */
export function trialWeeksOf(profile: Profile): number | undefined {
  const clean = profile.trialWeeks?.trim().toLowerCase().replace(/\s*weeks?$/, '');
  if (!clean) return undefined;
  if (/^\d{1,3}$/.test(clean)) return Number(clean);
  return WORD_NUMBERS[clean];
}
