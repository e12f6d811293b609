import { describe, expect, it } from 'vitest';
import { applyAnswers, fillInsToAsk, openFillIns } from '../../src/popup/draft/fillIns';

describe("the builder's fill-ins prompt", () => {
  it('asks for each open fill-in once, subject first', () => {
    expect(openFillIns('Working from home on {days}', 'Hi {manager}, from {startDate} on {days}. {reviewDate}')).toEqual(['days', 'manager', 'startDate', 'reviewDate']);
  });

  it('does not ask for a review date that will follow from the start date and the trial length', () => {
    expect(fillInsToAsk(['startDate', 'trialWeeks', 'reviewDate'], {})).toEqual(['startDate', 'trialWeeks']);
    expect(fillInsToAsk(['reviewDate'], { startDate: '2027-02-01', trialWeeks: '6' })).toEqual([]);
    expect(fillInsToAsk(['reviewDate'], { startDate: '2027-02-01' })).toEqual(['reviewDate']);
  });

  it('fills the answers in, writes dates out, computes the review date, and marks what was left empty', () => {
    const done = applyAnswers('Trial from {startDate}', 'Hi {manager}, from {startDate} for {trialWeeks} weeks, review {reviewDate}. {metric}.', { manager: ' Sam ', startDate: '2027-02-01', trialWeeks: '6', metric: '' }, {});
    expect(done.subject).toBe('Trial from 1 February 2027');
    expect(done.body).toBe('Hi Sam, from 1 February 2027 for 6 weeks, review 15 March 2027. [metric].');
    expect(done.profile).toEqual({ manager: 'Sam', startDate: '2027-02-01', trialWeeks: '6', reviewDate: '2027-03-15' });
  });

  it("keeps a formal request's own details with the draft, not in the profile", () => {
    const done = applyAnswers('', 'Location: {workLocation}. {unknownThing}', { workLocation: 'Galway', unknownThing: 'x' }, {});
    expect(done.values).toEqual({ workLocation: 'Galway' });
    expect(done.profile).toEqual({});
    expect(done.body).toBe('Location: Galway. x');
  });
});
