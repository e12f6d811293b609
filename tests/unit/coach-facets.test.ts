import { describe, expect, it } from 'vitest';
import { analyzeDraft, type FacetId } from '../../src/core/coach/analyze';

function covered(text: string, facet: FacetId): boolean {
  const entry = analyzeDraft(text).coverage.find((c) => c.id === facet);
  if (!entry) throw new Error(`no coverage entry for ${facet}`);
  return entry.covered;
}

/** For each facet: drafts that cover it, and drafts that must not, with the trap they contain. */
const CASES: Record<FacetId, { covers: string[]; misses: string[] }> = {
  schedule: {
    covers: [
      'Hi Sam, I would like to work from home on Tuesdays and Thursdays.',
      'Could I work remotely two days a week?',
      "I'm proposing 3 days per week at home, with the rest in the office.",
      'My request is to be fully remote from 1 September.',
      "Working from home on Friday each week would suit the team's release cycle.",
      'Would one home day a week be possible, to begin with?',
      'I would like to work from home twice a week.',
    ],
    misses: [
      'Hi Sam, could I work from home sometimes?',
      // A date and a meeting day are not a working pattern.
      'Can we meet on Monday 3 March at 2pm to talk about flexible working?',
      // Seven days a week is how much, not where.
      'The support queue runs seven days a week, which keeps me busy.',
      'Every Friday I send the client report, as usual.',
    ],
  },
  'business-benefit': {
    covers: [
      'Two quiet days a week would give me more focus on the Q3 migration.',
      'It would help the team: I could cover the Singapore clients in other time zones.',
      'I would reinvest my commuting time in the work itself, mainly the backlog.',
      'Fewer interruptions means fewer errors in the month-end figures.',
      'This would let me deliver my share of the launch sooner.',
      'Home days would improve my productivity on the reports you need.',
      'Wednesdays are my heads-down days, so I can turn around mockups for the product team faster.',
    ],
    misses: [
      'I would save two hours of commuting a day and have a better work-life balance.',
      'Working from home would mean I can get home earlier and spend time with my family.',
      'The team meets on Mondays.',
      'I would save a lot on petrol costs.',
    ],
  },
  indicator: {
    covers: [
      'We could judge the arrangement on tickets resolved per week, currently about 35.',
      'I suggest we track first-response time and CSAT during the trial.',
      'My KPI is the number of invoices processed; I will keep it at or above 120 a week.',
      'I will close 40 tickets a week, the same as now.',
      'You can measure it by sprint commitments delivered on time.',
      'I commit to keeping 95% of requests within the SLA.',
    ],
    misses: [
      // Phone numbers and dates are numbers, not measures.
      'You can reach me on 07700 900123 or at the office from 03/04/2025.',
      'I took some security measures on my laptop, and added a second lock for good measure.',
      'Studies say remote staff are 13% more productive.',
      "I've hit every target this year and never missed a deadline.",
      'My phone number is +44 20 7946 0958.',
    ],
  },
  trial: {
    covers: [
      'Could we try it as a six-week trial?',
      "I'd suggest a pilot for the first month, then a review meeting.",
      'After eight weeks we could review how it went and decide together.',
      "Let's run it for a month and keep it, adjust it or stop it.",
      "We could trial it from March and revisit it in the summer.",
      'Happy to do a 3-month trial period.',
      'Review after six weeks.',
    ],
    misses: [
      'My partner is running a clinical trial, so our evenings are busy.',
      'Jury service for a court trial took me out for two weeks last year.',
      'Setting up the new build was a lot of trial and error.',
      'I ran the trial run of the new software for the finance team.',
      'In a large randomised trial of 1,612 staff, hybrid work cut quit rates by a third.',
      'My brother is an airline pilot.',
      'My last performance review meeting went well.',
      'My next performance review is in six months.',
      'I do code reviews after two weeks of each sprint.',
    ],
  },
  sweetener: {
    covers: [
      "I'll use my own laptop and broadband, at no cost to the company.",
      "I'm happy to come in at short notice whenever something important comes up.",
      "During month-end I'd be on site full time, and I'll keep Mondays in the office.",
      "I'd give up my parking space in exchange.",
      "If two days feels like too much, we could start with one day a week.",
      'I could cover the early calls before the office opens, since I would start earlier.',
      "If there's a client visit on a Wednesday, I'll simply come in.",
      "I'd take the queue from 8am, before the office opens, and I'm happy to keep my desk free for the new starter.",
    ],
    misses: [
      'The new monitors should come in handy for everyone.',
      'When deliveries come in, reception signs for them.',
      'I would like to work from home on Fridays.',
    ],
  },
  communication: {
    covers: [
      "I'll be online 9:00–17:30 and reply on Slack within 30 minutes.",
      'I will join the daily stand-up on video.',
      "Every Friday I'll send you a short note on what I finished.",
      "I'll keep my calendar up to date so you can always see where I am.",
      'My core hours would be 8 to 4.',
      'You can reach me on Teams or by phone at any point.',
      "I'd log on at 8 and work through until 4:30, and I'd still be on all the usual calls.",
    ],
    misses: [
      'Our team is spread across two floors.',
      'Can we meet Thursday between 2 and 3pm?',
      'The calls with the vendor went fine last week.',
    ],
  },
  'track-record': {
    covers: [
      "In my three years here I've met every deadline.",
      "I've been with the company for 4 years and lead the billing team.",
      'I already worked remotely during the rail strikes, and my output held steady.',
      'My last performance review rated me as exceeds expectations.',
      'I delivered the payroll migration two weeks ahead of schedule.',
      'You know I am reliable and self-motivated.',
      "I've led the tier-2 queue for two years and covered it remotely during last winter's snow closures.",
    ],
    misses: [
      'I have a reliable internet connection and a separate room.',
      'I would like to work from home on Tuesdays.',
      'The last three years have been busy for the whole industry.',
    ],
  },
  'next-step': {
    covers: [
      'Could we find 20 minutes this week to talk it through?',
      'Would you be open to discussing this at our next 1:1?',
      "I'd welcome the chance to walk you through the plan.",
      "Let's set up a quick call when you're free.",
      "I'll send you a one-page plan before we meet.",
      'Let me know when suits you for a chat.',
      'Happy to chat whenever suits.',
    ],
    misses: [
      'I will join the weekly team meeting with you by video.',
      'The quarterly meeting with the board is next week.',
      'I would like to work from home on Tuesdays.',
      // The email itself is the proposal; writing it is not a next step.
      "I've put together a short proposal for working from home on Thursdays.",
    ],
  },
};

describe.each(Object.entries(CASES) as [FacetId, { covers: string[]; misses: string[] }][])('facet %s', (facet, { covers, misses }) => {
  it.each(covers)('is covered by: %s', (text) => {
    expect(covered(text, facet)).toBe(true);
  });
  it.each(misses)('is not covered by: %s', (text) => {
    expect(covered(text, facet)).toBe(false);
  });
});

describe('facet evidence', () => {
  it('quotes the words as the user wrote them, once each', () => {
    const analysis = analyzeDraft('Could we TRY A SIX-WEEK TRIAL? A trial would let us review how it goes.');
    const trial = analysis.coverage.find((c) => c.id === 'trial');
    expect(trial?.evidence).toContain('TRIAL');
    expect(trial?.evidence.filter((e) => e.toLowerCase() === 'trial')).toHaveLength(1);
    expect(trial?.evidence).toContain('review how it goes');
  });

  it('reads curly apostrophes like straight ones', () => {
    const text = 'I\u2019ll be online from 9 and I\u2019d welcome the chance to talk.';
    const analysis = analyzeDraft(text);
    expect(analysis.coverage.find((c) => c.id === 'communication')?.covered).toBe(true);
    expect(analysis.coverage.find((c) => c.id === 'next-step')?.evidence[0]).toContain('I\u2019d welcome');
  });
});

describe('British and American spelling', () => {
  it.each([
    ['business-benefit', 'It would help the organisation hit its goals.', 'It would help the organization hit its goals.'],
    ['trial', "We could trial it and I'd be happy to be judged on results.", "We could try it for eight weeks; I'm trialling the pattern anyway."],
    ['track-record', 'My last two appraisals were outstanding.', 'My last two performance reviews were strong.'],
    ['sweetener', "I'd forgo my parking space in exchange.", "I'd forego my parking spot in exchange."],
  ] as const)('%s is read in both spellings', (facet, british, american) => {
    expect(covered(british, facet)).toBe(true);
    expect(covered(american, facet)).toBe(true);
  });

  it('reads a trial programme of home working as a trial, in either spelling', () => {
    expect(covered('I suggest a trial programme of home Fridays.', 'trial')).toBe(true);
    expect(covered('I suggest a trial program of home Fridays.', 'trial')).toBe(true);
  });

  it('does not take the software sense of a trial programme or licence for a trial', () => {
    expect(covered('I joined the trial programme for the new platform.', 'trial')).toBe(false);
    expect(covered('I joined the trial program for the new platform.', 'trial')).toBe(false);
    expect(covered('We are still on the trial licence of the tool.', 'trial')).toBe(false);
    expect(covered('We are still on the trial license of the tool.', 'trial')).toBe(false);
  });
});
