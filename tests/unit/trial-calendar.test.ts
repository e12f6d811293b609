import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { withReviewDate } from '../../src/core/profile';
import { trialCalendar, type CalendarInput } from '../../src/core/trial/calendar';
import { trialSchedule } from '../../src/core/trial/schedule';
import { zonedInstant } from '../../src/core/trial/zoned-time';

const NOW = new Date('2026-12-01T10:00:00Z');

/** A six-week trial from 15 March 2027: Europe moves its clocks on 28 March, the US on 14 March. */
const PLAN = { startDate: '2027-03-15', trialWeeks: 6, reviewDate: '2027-04-26', rhythm: 'two-weeks-midpoint' as const };

function input(overrides: Partial<CalendarInput> = {}): CalendarInput {
  return {
    planId: 'plan-1', meetings: trialSchedule(PLAN), time: '10:00', minutes: 30, timeZone: 'Europe/London', manager: 'Sam', days: 'Tuesdays',
    startDate: PLAN.startDate, metric: 'tickets resolved per week', baseline: '42', target: '45', now: NOW, ...overrides,
  };
}

/** The file read back by ical.js, a parser written apart from the library that wrote it. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const alarm = component.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      sequence: event.sequence,
      alarm: alarm && { action: alarm.getFirstPropertyValue('action'), trigger: String(alarm.getFirstPropertyValue('trigger')) },
    };
  });
}

describe('the trial schedule', () => {
  it('puts a check-in after two weeks, one at the midpoint, and the review at the end', () => {
    expect(trialSchedule(PLAN)).toEqual([
      { key: 'check-in-1', kind: 'check-in', date: '2027-03-29', week: 3 },
      { key: 'midpoint', kind: 'midpoint', date: '2027-04-05', week: 4 },
      { key: 'review', kind: 'review', date: '2027-04-26', week: 7 },
    ]);
  });

  it.each([
    ['two-weeks', ['2027-03-29', '2027-04-26']],
    ['fortnightly', ['2027-03-29', '2027-04-12', '2027-04-26']],
    ['weekly', ['2027-03-22', '2027-03-29', '2027-04-05', '2027-04-12', '2027-04-19', '2027-04-26']],
    ['none', ['2027-04-26']],
  ] as const)('with a %s rhythm gives these dates, check-ins never on or after the review', (rhythm, dates) => {
    expect(trialSchedule({ ...PLAN, rhythm }).map((meeting) => meeting.date)).toEqual(dates);
  });

  it('ends on the same review date the meeting card and the builder use', () => {
    const profile = withReviewDate({ startDate: '2027-03-15', trialWeeks: '6' });
    expect(trialSchedule({ ...PLAN, reviewDate: profile.reviewDate ?? '' }).at(-1)?.date).toBe(profile.reviewDate);
  });

  it('gives no plan without readable dates, or with a review before the start', () => {
    expect(trialSchedule({ ...PLAN, startDate: '' })).toEqual([]);
    expect(trialSchedule({ ...PLAN, reviewDate: '2027-03-01' })).toEqual([]);
  });
});

describe('wall-clock times in a time zone', () => {
  it('keep a meeting at 10:00 local on both sides of a daylight-saving change', () => {
    expect(zonedInstant('2027-03-26', '10:00', 'Europe/London').toISOString()).toBe('2027-03-26T10:00:00.000Z');
    expect(zonedInstant('2027-03-29', '10:00', 'Europe/London').toISOString()).toBe('2027-03-29T09:00:00.000Z');
    expect(zonedInstant('2027-03-12', '10:00', 'America/New_York').toISOString()).toBe('2027-03-12T15:00:00.000Z');
    expect(zonedInstant('2027-03-15', '10:00', 'America/New_York').toISOString()).toBe('2027-03-15T14:00:00.000Z');
    expect(zonedInstant('2027-07-01', '09:30', 'Asia/Kolkata').toISOString()).toBe('2027-07-01T04:00:00.000Z');
  });

  it('move a time the clocks skip to after the change', () => {
    expect(zonedInstant('2027-03-28', '01:30', 'Europe/London').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });
});

describe('the .ics file', () => {
  it('holds one event per meeting, at the local time on each side of the daylight-saving change, with a reminder the day before', () => {
    const read = events(trialCalendar(input()));
    expect(read.map((event) => [event.start, event.end])).toEqual([
      ['2027-03-29T09:00:00.000Z', '2027-03-29T09:30:00.000Z'],
      ['2027-04-05T09:00:00.000Z', '2027-04-05T09:30:00.000Z'],
      ['2027-04-26T09:00:00.000Z', '2027-04-26T09:30:00.000Z'],
    ]);
    for (const event of read) expect(event.alarm).toEqual({ action: 'DISPLAY', trigger: '-P1D' });
    expect(read.map((event) => event.summary)).toEqual([
      'Remote work trial: check-in with Sam (week 3)',
      'Remote work trial: midpoint check-in with Sam',
      'Remote work trial: review with Sam',
    ]);
  });

  it('puts the measure with its baseline and target in every description', () => {
    for (const event of events(trialCalendar(input()))) expect(event.description).toContain('Measure: tickets resolved per week (baseline 42, target 45).');
  });

  it('writes the same time zone rules for another zone: New York moves its clocks a fortnight earlier', () => {
    const read = events(trialCalendar(input({ timeZone: 'America/New_York', meetings: trialSchedule({ ...PLAN, startDate: '2027-03-01', reviewDate: '2027-03-29', rhythm: 'fortnightly' }) })));
    expect(read.map((event) => event.start)).toEqual(['2027-03-15T14:00:00.000Z', '2027-03-29T14:00:00.000Z']);
  });

  it('keeps every UID when downloaded again after a change, so calendars update rather than duplicate, with a higher SEQUENCE', () => {
    const first = events(trialCalendar(input()));
    const moved = events(trialCalendar(input({ time: '14:30', now: new Date('2026-12-02T10:00:00Z') })));
    expect(moved.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(new Set(first.map((event) => event.uid)).size).toBe(first.length);
    for (const [index, event] of moved.entries()) expect(event.sequence).toBeGreaterThan(first[index]?.sequence ?? 0);
    expect(moved[0]?.start).toBe('2027-03-29T13:30:00.000Z');
    expect(events(trialCalendar(input({ planId: 'plan-2' })))[0]?.uid).not.toBe(first[0]?.uid);
  });

  it('is valid RFC 5545 text: CRLF line ends, lines folded at 75 octets', () => {
    const ics = trialCalendar(input());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/[^\r]\n/);
  });
});
