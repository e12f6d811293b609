/**
 * The trial's meetings: from the agreed start date, the trial's length and the check-in rhythm, the
 * dates of the check-ins and of the review at the end. The review is the one every other view uses:
 * the profile's review date when it has one, start plus trial length otherwise (`withReviewDate`).
 */
import { addDays, isoDate, parseIsoDate } from '../dates';

export const RHYTHMS = ['two-weeks', 'two-weeks-midpoint', 'fortnightly', 'weekly', 'none'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

export type MeetingKind = 'check-in' | 'midpoint' | 'review';

export interface TrialMeeting {
  /** Stable within a plan: the calendar entry it becomes keeps it, so a new download updates it. */
  key: string;
  kind: MeetingKind;
  /** ISO date. */
  date: string;
  /** The trial's week the meeting falls in, counted from 1. */
  week: number;
}

export interface TrialPlanInput {
  startDate: string;
  trialWeeks: number;
  /** ISO; the review at the end. */
  reviewDate: string;
  rhythm: Rhythm;
}

/** Days after the start of each check-in before the review, by rhythm. */
function checkInDays(rhythm: Rhythm, weeks: number): { days: number; kind: MeetingKind }[] {
  switch (rhythm) {
    case 'two-weeks':
      return [{ days: 14, kind: 'check-in' }];
    case 'two-weeks-midpoint':
      return [{ days: 14, kind: 'check-in' }, { days: Math.round(weeks / 2) * 7, kind: 'midpoint' }];
    case 'fortnightly':
      return Array.from({ length: Math.ceil(weeks / 2) }, (_, i) => ({ days: (i + 1) * 14, kind: 'check-in' as const }));
    case 'weekly':
      return Array.from({ length: weeks }, (_, i) => ({ days: (i + 1) * 7, kind: 'check-in' as const }));
    case 'none':
      return [];
  }
}

/**
 * The meetings in date order, the review last. Check-ins on or after the review day, or twice on one
 * day, are left out; an unreadable start or review date gives no plan.
 */
export function trialSchedule(input: TrialPlanInput): TrialMeeting[] {
  const start = parseIsoDate(input.startDate);
  const review = parseIsoDate(input.reviewDate);
  if (!start || !review || review <= start) return [];
  const weekOf = (date: Date) => Math.floor((date.getTime() - start.getTime()) / (7 * 86_400_000)) + 1;
  const meetings: TrialMeeting[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const { days, kind } of checkInDays(input.rhythm, input.trialWeeks)) {
    const date = addDays(start, days);
    const iso = isoDate(date);
    if (date >= review || seen.has(iso)) continue;
    seen.add(iso);
    count += kind === 'check-in' ? 1 : 0;
    meetings.push({ key: kind === 'midpoint' ? 'midpoint' : `check-in-${count}`, kind, date: iso, week: weekOf(date) });
  }
  meetings.push({ key: 'review', kind: 'review', date: isoDate(review), week: weekOf(review) });
  return meetings;
}
