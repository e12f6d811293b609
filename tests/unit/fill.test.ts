import { describe, expect, it } from 'vitest';
import { fill, markMissing, placeholderMatches } from '../../src/core/fill';
import { suggestedReviewDate } from '../../src/core/profile';

describe('fill', () => {
  it('replaces known placeholders and lists the missing ones once each', () => {
    const result = fill('Hi {manager}, {days} from {startDate}; {days} again', { manager: 'Sam', days: 'Tuesdays' });
    expect(result.text).toBe('Hi Sam, Tuesdays from {startDate}; Tuesdays again');
    expect(result.missing).toEqual(['startDate']);
  });

  it('keeps unknown, empty and blank placeholders visible instead of printing undefined', () => {
    const result = fill('{nope} {manager} {days}', { manager: '', days: '   ' });
    expect(result.text).toBe('{nope} {manager} {days}');
    expect(result.text).not.toContain('undefined');
    expect(result.missing).toEqual(['nope', 'manager', 'days']);
  });

  it('does not read inherited object properties as values', () => {
    expect(fill('{constructor} {toString}', {}).text).toBe('{constructor} {toString}');
  });

  it('leaves braces that are not placeholders alone', () => {
    expect(fill('{ manager } {} {1x}', { manager: 'Sam' }).text).toBe('{ manager } {} {1x}');
  });

  it('lists placeholders in order of first use', () => {
    expect([...placeholderMatches('{b} {a} {b}')].map((m) => m[1])).toEqual(['b', 'a', 'b']);
  });

  it('marks skipped fill-ins as [name]', () => {
    expect(markMissing('Hi {manager}, see {days}', ['manager'])).toBe('Hi [manager], see {days}');
  });
});

describe('suggestedReviewDate', () => {
  it('adds the trial length in weeks to the start date', () => {
    expect(suggestedReviewDate({ startDate: '2026-01-05', trialWeeks: '6' })).toBe('2026-02-16');
    expect(suggestedReviewDate({ startDate: '2026-01-05', trialWeeks: 'six weeks' })).toBe('2026-02-16');
  });

  it('gives nothing for unreadable input', () => {
    expect(suggestedReviewDate({ startDate: 'next month', trialWeeks: '6' })).toBeUndefined();
    expect(suggestedReviewDate({ startDate: '2026-02-31', trialWeeks: '6' })).toBeUndefined();
    expect(suggestedReviewDate({ startDate: '2026-01-05' })).toBeUndefined();
  });
});
