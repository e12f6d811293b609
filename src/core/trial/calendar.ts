/**
 * The trial plan as one iCalendar file (RFC 5545), written with ical-generator: one VEVENT per
 * meeting, each with a UID that stays the same for the same meeting of the same plan (so a calendar
 * that imports the file again updates the events instead of adding copies; SEQUENCE rises with each
 * download, which some calendars need to accept the update), the measure with its baseline and
 * target in the description, and a display reminder the day before. Times are written in UTC,
 * computed from the user's local time on each day: a meeting stays at 10:00 local across a
 * daylight-saving change, and the file needs no VTIMEZONE.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { readableDate } from '../dates';
import type { TrialMeeting } from './schedule';
import { zonedInstant } from './zoned-time';

export interface CalendarInput {
  /** Stable for this trial: part of every UID. */
  planId: string;
  meetings: readonly TrialMeeting[];
  /** Local start time of each meeting, "HH:MM". */
  time: string;
  minutes: number;
  /** IANA zone the times are meant in, e.g. the browser's own. */
  timeZone: string;
  manager?: string;
  days?: string;
  startDate: string;
  metric?: string;
  baseline?: string;
  target?: string;
  now: Date;
}

const DAY_SECONDS = 86_400;
/** Minutes since 2026 began: rises with every download, as SEQUENCE must for an update. */
const sequenceAt = (now: Date) => Math.max(0, Math.floor((now.getTime() - Date.UTC(2026, 0, 1)) / 60_000));

const PURPOSE: Readonly<Record<TrialMeeting['kind'], string>> = {
  'check-in': 'A short check-in: how the arrangement is working day to day, and anything to adjust.',
  midpoint: 'Halfway: a look at the numbers so far against the baseline.',
  review: 'The review at the end of the trial: the results against the target, then keep it, adjust it or stop it.',
};

function summaryOf(meeting: TrialMeeting, manager: string | undefined): string {
  const withWhom = manager ? ` with ${manager}` : '';
  if (meeting.kind === 'review') return `Remote work trial: review${withWhom}`;
  if (meeting.kind === 'midpoint') return `Remote work trial: midpoint check-in${withWhom}`;
  return `Remote work trial: check-in${withWhom} (week ${meeting.week})`;
}

function descriptionOf(meeting: TrialMeeting, input: CalendarInput): string {
  const lines = [PURPOSE[meeting.kind], `Trial: working from home${input.days ? ` on ${input.days}` : ''}, from ${readableDate(input.startDate)}.`];
  if (input.metric) {
    const figures = [input.baseline && `baseline ${input.baseline}`, input.target && `target ${input.target}`].filter(Boolean).join(', ');
    lines.push(`Measure: ${input.metric}${figures ? ` (${figures})` : ''}.`);
  }
  return lines.join('\n');
}

export function trialCalendar(input: CalendarInput): string {
  const calendar = ical({ prodId: { company: 'Remote Pitch', product: 'Trial plan', language: 'EN' }, name: 'Remote work trial' });
  for (const meeting of input.meetings) {
    const start = zonedInstant(meeting.date, input.time, input.timeZone);
    const summary = summaryOf(meeting, input.manager);
    const event = calendar.createEvent({
      id: `${input.planId}-${meeting.key}@remote-pitch.local`,
      start,
      end: new Date(start.getTime() + input.minutes * 60_000),
      stamp: input.now,
      sequence: sequenceAt(input.now),
      summary,
      description: descriptionOf(meeting, input),
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: DAY_SECONDS, description: `Tomorrow: ${summary}` });
  }
  return calendar.toString();
}
