import { describe, expect, it } from 'vitest';
import { askAgainFrom } from '../../src/core/outcome/ask-again';
import { buildRecap, buildReview } from '../../src/core/outcome/follow-up';
import type { OutcomeEntry } from '../../src/core/outcome/outcome';

const PROFILE = { manager: 'Sam', myName: 'Alex', days: 'Tuesdays and Thursdays', startDate: '2027-01-04', trialWeeks: '6', metric: 'tickets per week', baseline: '42', target: '45' };

function entry(overrides: Partial<OutcomeEntry> = {}): OutcomeEntry {
  return {
    id: 'o-1', askedOn: '2026-12-01', answer: 'trial', mode: 'standard', notes: '', askAgainOn: '', createdAt: 0, updatedAt: 0,
    agreed: { days: 'Tuesdays', startDate: '2027-01-11', trialWeeks: '8', measures: 'tickets per week, now 42, target 45' }, ...overrides,
  };
}

describe('the recap email', () => {
  it('confirms what was agreed, not what was proposed, with the review date that follows from it', () => {
    const recap = buildRecap(entry(), PROFILE);
    expect(recap.subject).toBe('Recap: 8-week trial of working from home on Tuesdays');
    expect(recap.body).toContain("Thanks for today — to confirm what we agreed: from 11 January 2027 I'll work from home on Tuesdays for a trial of 8 weeks, which we review together on 8 March 2027. We'll judge it on tickets per week, now 42, target 45.");
    expect(recap.body).toMatch(/^Hi Sam,/);
    expect(recap.body).toMatch(/Thanks,\nAlex$/);
    expect(recap.missing).toEqual([]);
  });

  it('says what comes next after a "not now", and falls back to the proposal where nothing else was agreed', () => {
    expect(buildRecap(entry({ answer: 'not-now', askAgainOn: '2027-03-01' }), PROFILE).body).toContain("we'll leave it for now and look at it again on 1 March 2027");
    const yes = buildRecap(entry({ answer: 'yes', agreed: { days: '', startDate: '', trialWeeks: '', measures: '' }, notes: 'Office on Mondays.' }), PROFILE);
    expect(yes.body).toContain("from 4 January 2027 I'll work from home on Tuesdays and Thursdays, and we'll keep an eye on tickets per week, now about 42, aiming for 45.");
    expect(yes.body).toContain('We also said: Office on Mondays.');
  });
});

describe('the review-meeting email', () => {
  it("asks for the review on the trial's last day and reports the measure against baseline and target", () => {
    const review = buildReview(entry(), PROFILE, { result: '47 a week on average', highlights: 'Reply times stayed under 20 minutes.' });
    expect(review.subject).toBe('Review of our home-working trial on 8 March 2027');
    expect(review.body).toContain('tickets per week was about 42 before the trial and 47 a week on average during it, against the 45 I committed to.');
    expect(review.body).toContain('Reply times stayed under 20 minutes.');
  });

  it('leaves the result to fill in until the user gives it', () => {
    expect(buildReview(entry(), PROFILE, {}).missing).toEqual(['result']);
  });
});

describe('when to ask again', () => {
  it('suggests a few months after an ordinary proposal', () => {
    expect(askAgainFrom(entry({ answer: 'not-now' }), [])?.date).toBe('2027-03-01');
  });

  it('keeps to one statutory request in 12 months in Northern Ireland and Ireland', () => {
    for (const mode of ['ni', 'ie'] as const) {
      const next = askAgainFrom(entry({ mode }), []);
      expect(next?.date).toBe('2027-12-01');
      expect(next?.why).toContain('one statutory request in any 12 months');
    }
  });

  it('allows a second statutory request in Great Britain, but not a third within 12 months', () => {
    expect(askAgainFrom(entry({ mode: 'uk' }), [])?.date).toBe('2027-03-01');
    const earlier = entry({ id: 'o-0', askedOn: '2026-06-15', mode: 'uk' });
    expect(askAgainFrom(entry({ mode: 'uk' }), [earlier])?.date).toBe('2027-06-15');
    // A request more than a year before does not count.
    expect(askAgainFrom(entry({ mode: 'uk' }), [entry({ id: 'o-old', askedOn: '2025-11-01', mode: 'uk' })])?.date).toBe('2027-03-01');
  });
});
