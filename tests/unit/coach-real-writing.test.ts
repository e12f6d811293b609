import { describe, expect, it } from 'vitest';
import { analyzeDraft, type FacetId, type FindingId } from '../../src/core/coach/analyze';

/**
 * The misses issue 11 reported from real request emails, reworded in our own words: each one is a
 * way people write that the regular-expression coach read wrongly.
 */
const covered = (text: string, facet: FacetId) => analyzeDraft(text).coverage.find((c) => c.id === facet)?.covered;
const finding = (text: string, id: FindingId) => analyzeDraft(text).findings.find((f) => f.id === id);

describe('schedules that are not weekday lists', () => {
  it.each([
    'Could I work from home next Thursday (8/14)? The plumber is coming in the morning.',
    'I would like to work from home this coming Wednesday 12th October.',
    'I would like to work from home for three weeks while my flat is repaired.',
    'I am writing to ask about working from home indefinitely.',
    'Would it be possible to work remotely forever?',
    'I would like to relocate my work from Austin to Albuquerque and keep my role.',
  ])('reads a schedule in: %s', { timeout: 60_000 }, (text) => {
    expect(covered(text, 'schedule')).toBe(true);
  });
});

describe('formal letters and evidence', () => {
  it('reads the request below memo lines instead of cutting it as a quoted header', () => {
    const memo = 'To: HR\nFrom: Priya Shah\nDate: 3 March\nSubject: Request to work from home\n\nI would like to work from home on Tuesdays and Thursdays, starting 1 April, as a three-month trial. We could review it at the end of June.';
    const analysis = analyzeDraft(memo);
    expect(analysis.wordCount).toBeGreaterThan(30);
    expect(analysis.coverage.find((c) => c.id === 'trial')?.covered).toBe(true);
  });

  it.each([
    'Studies found telecommuters were 15% to 30% more productive. Could I work from home on Fridays?',
    'I put in 100% every day. Could I work from home on Fridays?',
  ])('does not take a percentage in the evidence for a measure of the trial: %s', (text) => {
    expect(covered(text, 'indicator')).toBe(false);
  });

  it('does not call a neutral mention of office distractions a complaint', () => {
    expect(finding('I could focus on the migration without the office distractions. Could I work from home on Fridays?', 'office-complaint')).toBeUndefined();
  });
});

describe('tone in real writing', () => {
  it('sees care during work hours when the person cared for was named a sentence earlier', () => {
    expect(finding('My mother has been ill since March. Working from home on Mondays would let me care for her while I work.', 'care-while-working')).toBeDefined();
  });

  it('sees an announcement that does not ask, and offers a phrasing that asks', () => {
    const found = finding('Hi Tom, I will be attending work remotely beginning tomorrow until further notice. I hope you understand and respect this decision.', 'entitlement');
    expect(found?.message).toMatch(/announces/);
    expect(found?.fixes.length).toBeGreaterThan(0);
  });
});
