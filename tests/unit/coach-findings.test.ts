import { describe, expect, it } from 'vitest';
import { analyzeDraft, type FindingId } from '../../src/core/coach/analyze';

function findingIds(text: string): FindingId[] {
  return analyzeDraft(text).findings.map((f) => f.id);
}

/** Repeats a neutral sentence so a draft reaches a given length without adding cues. */
function padding(words: number): string {
  const sentence = 'The quarterly plan lists the same work as before and nothing in it changes. ';
  return sentence.repeat(Math.ceil(words / 14));
}

const CASES: Partial<Record<FindingId, { fires: string[]; silent: string[] }>> = {
  'personal-first': {
    fires: [
      'Hi Sam,\n\nMy commute is ninety minutes each way and it is wearing me out. I would like to work from home on Fridays.',
      "Hey Sam! I need to be home for my dog in the afternoons. Could I work remotely on Tuesdays?",
      'Dear Sam,\nI hope you had a good weekend.\nSince we moved house the train fares have doubled, so I would like two days a week at home.',
    ],
    silent: [
      // The opening gives a business reason; the personal one comes later.
      'Hi Sam,\n\nTwo home days a week would give me more focus on the Q3 migration. It would also cut my commute, which is a bonus.',
      // Commute turned into work time is not purely personal.
      'Hi Sam, my round trip takes about 90 minutes a day. On home days I would reinvest that time in the work itself.',
      // Personal reasons are fine later in the email.
      'Hi Sam,\n\nI would like to propose a six-week trial of home Tuesdays.\nIt would help the team with the backlog.\n\nIt would also help with the school run.',
      // Health is deliberately not treated as a purely personal reason.
      'Hi Sam, my doctor has advised fewer long journeys while I recover, so I would like to discuss working from home.',
    ],
  },
  ultimatum: {
    fires: [
      "If this isn't possible, I'll have to start looking elsewhere.",
      'I have had a job offer from a company that is fully remote.',
      'Working from home is non-negotiable for me now.',
      "Honestly, I'd probably have to reconsider my future here.",
      "I've been offered a fully remote role at a competitor and would rather stay.",
      'Without it I can\u2019t see myself staying long-term.',
      'You leave me no choice but to escalate this.',
      // Soft forms: no threat spelled out, but the same message.
      "If I can't get some flexibility, I'm not sure how long I can keep doing this.",
      'Other companies in our sector let people work from home two days a week as standard.',
    ],
    silent: [
      "I'd hate to leave things unfinished on the migration.",
      'As a last resort, I can always come in on the day.',
      'I will leave the office at five on Tuesdays to catch the train.',
      'I had no choice but to work from home during the rail strike, and it went well.',
      'Another offer I can make: I will cover my own equipment.',
    ],
  },
  entitlement: {
    fires: [
      'After five years I deserve some flexibility.',
      "Everyone else on the team already works from home, so it's only fair.",
      'Since Priya works remotely, I should be able to as well, so why can\u2019t I?',
      "I've decided to work from home on Fridays from next week.",
      'Starting Monday, I will be working from home on Tuesdays.',
      'I need you to approve this by Friday.',
      "Going forward I'll be working remotely on Fridays. I've cleared it with the team.",
      'Some of my colleagues in the London office are allowed to work remotely, so I was hoping to do the same.',
    ],
    silent: [
      // Asking a colleague for practical tips is not a comparison.
      'Because Priya works remotely, I asked her about her setup.',
      "I've decided to ask whether a trial would be possible.",
      'If you agree, I will start working from home on 3 March.',
      "I'd like to propose working from home on Tuesdays. Would that be possible?",
    ],
  },
  'care-while-working': {
    fires: [
      'Working from home means I can look after my son while working.',
      'The kids would be at home with me on Fridays.',
      'It would save us a fortune on childcare.',
      'I could mind the baby during my working day and catch up in the evening.',
      'I can get through emails while the baby is napping.',
    ],
    silent: [
      // Children mentioned, care arranged: the opposite of the red flag.
      'I have two children; childcare is arranged during my working hours, so home days are full working days.',
      'I care for my mum in the evenings, which is unchanged.',
      'My partner looks after the kids while I work, so home days are normal working days.',
      "I won't be looking after the children while working; they are at school.",
      'I work from a separate room, and care for the family is arranged during my working hours.',
      'Caring for my mum takes up my evenings. During working hours a carer looks after her.',
    ],
  },
  hedging: {
    fires: [
      "Sorry to bother you, I was just wondering if maybe I could work from home sometimes? No pressure at all, I totally understand if not.",
      'I think it could perhaps work, I guess, if that makes sense.',
    ],
    silent: [
      'I would like to propose two home days a week. I am confident the numbers will hold.',
      // One apology is manners, not hedging.
      'Sorry for the short notice. I would like to propose a six-week trial of home Tuesdays.',
      // In a long draft a few hedges are spread thin.
      `I think this would work. ${padding(450)} Maybe Tuesdays. ${padding(50)} Sorry for the length.`,
    ],
  },
  'office-complaint': {
    fires: [
      'The office is so noisy that I get nothing done.',
      'We have too many meetings and most of them are pointless.',
      "My colleagues are constantly chatting, and I can't concentrate in the office.",
      'I hate the open plan.',
    ],
    silent: [
      'Home days would give me longer uninterrupted blocks for the analysis.',
      'I will keep all team meetings on my office days.',
      'The office is lovely, but two focus days would help the launch.',
    ],
  },
  'group-request': {
    fires: [
      'I am writing on behalf of the team: we would all like to work from home on Fridays.',
      'Several of us have signed a petition asking for remote Fridays.',
    ],
    silent: [
      'We could review how it goes after six weeks.',
      'I would like to work from home on Fridays; the team would still see me on video.',
    ],
  },
  'pay-cut': {
    fires: [
      "I'd be willing to take a pay cut if that helps.",
      "I'd give up my next pay rise in exchange.",
    ],
    silent: [
      "I'd give up my parking space in exchange.",
      'My pay review is in June.',
    ],
  },
  overclaiming: {
    fires: [
      'Studies prove that remote workers are more productive.',
      'Home workers are 43% more productive, so it is guaranteed to pay off.',
      "It's a fact that everyone works better at home.",
    ],
    silent: [
      'In one large trial, hybrid work made no difference to performance reviews.',
      "I can't guarantee every day will be perfect, but the numbers will show it.",
    ],
  },
  'too-long': {
    fires: [`Hi Sam, I would like to work from home on Tuesdays. ${padding(380)}`],
    silent: ['Hi Sam, I would like to work from home on Tuesdays from 3 March. Could we talk this week?', `Hi Sam, ${padding(300)}`],
  },
  'no-start-date': {
    fires: [
      'Could I work from home on Tuesdays and Thursdays?',
      'I would like to work remotely two days a week, as a trial.',
      'I would like to discuss working from home.',
    ],
    silent: [
      'Could I work from home on Tuesdays and Thursdays, starting 3 March?',
      'I would like to work remotely two days a week from next month.',
      'I would like home Fridays, beginning the week of 14 April.',
      'Could we start the trial on 2025-03-03 with home Tuesdays?',
      // No arrangement asked for, so no date is missing.
      'Thanks for the update on the budget.',
      'Can I wfh tomorrow? The plumber is coming between 8 and 12.',
    ],
  },
};

describe.each(Object.entries(CASES) as [FindingId, { fires: string[]; silent: string[] }][])('finding %s', (id, { fires, silent }) => {
  it.each(fires)('fires on: %s', (text) => {
    expect(findingIds(text)).toContain(id);
  });
  it.each(silent)('stays silent on: %s', (text) => {
    expect(findingIds(text)).not.toContain(id);
  });
});

describe('finding details', () => {
  it('points at the words that triggered it, with offsets into the text given', () => {
    const text = 'Hi Sam,\n\nI would like Tuesdays at home. Otherwise I will have to look elsewhere.';
    const ultimatum = analyzeDraft(text).findings.find((f) => f.id === 'ultimatum');
    expect(ultimatum && text.slice(ultimatum.span.start, ultimatum.span.end)).toBe('Otherwise I will have to look elsewhere');
  });

  it('reports each kind of problem once, with every trigger as evidence', () => {
    const findings = analyzeDraft('I deserve this. It is only fair. Everyone else already works from home.').findings;
    const entitlement = findings.filter((f) => f.id === 'entitlement');
    expect(entitlement).toHaveLength(1);
    expect(entitlement[0]?.evidence.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the announcing message when the problem is announcing rather than deserving', () => {
    const [deserve] = analyzeDraft('I deserve it.').findings;
    const [announce] = analyzeDraft("I've decided to work from home on Fridays, starting 3 March.").findings;
    expect(deserve?.message).not.toBe(announce?.message);
    expect(announce?.message).toMatch(/announc/i);
  });

  it('lists high severity before medium before low', () => {
    const text = 'My commute is awful. I deserve Fridays at home, sorry, maybe, I think.';
    const severities = analyzeDraft(text).findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
    expect(severities[0]).toBe('high');
  });

  it('states the word count in the too-long message', () => {
    const text = `Hi Sam, ${padding(400)}`;
    const analysis = analyzeDraft(text);
    const tooLong = analysis.findings.find((f) => f.id === 'too-long');
    expect(tooLong?.message).toContain(String(analysis.wordCount));
  });
});
