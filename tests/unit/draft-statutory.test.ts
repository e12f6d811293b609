import { describe, expect, it } from 'vitest';
import { buildDraft, type DraftChoices } from '../../src/core/draft/build';
import { nextSteps } from '../../src/core/draft/next-steps';
import { preselected } from '../../src/core/draft/sections';
import { checkStatutory } from '../../src/core/draft/statutory-check';
import { jurisdictionOf, STATUTORY_RULES, type StatutoryMode } from '../../src/core/draft/statutory-rules';
import type { Profile } from '../../src/core/profile';
import { starterPoints } from '../../src/core/starter';

const PROFILE: Profile = {
  manager: 'Sam', myName: 'Alex Kim', days: 'Tuesdays and Thursdays', startDate: '2027-03-01', trialWeeks: '6', coreHours: '9:00–17:30',
  responseTime: 'within 30 minutes', teamGoal: 'the spring release', metric: 'tickets resolved per week', baseline: '42', target: '45',
  yearsAtCompany: 'three years', project: 'the billing migration',
};
const DETAILS = { reason: 'to care for my father in the evenings', workLocation: 'my home at 12 Main Street, Galway', businessEffect: 'none on output; one desk fewer', effectHandling: 'I will come in at short notice' };
const STARTER = starterPoints(0);

function draftFor(mode: StatutoryMode, overrides: Partial<DraftChoices> = {}) {
  return buildDraft(STARTER, PROFILE, {
    tone: 'formal', length: 'full', mode, chosen: preselected(STARTER), previousRequest: false, sendDate: '2026-12-01', values: DETAILS, ...overrides,
  });
}

const presence = (text: string, mode: StatutoryMode) => Object.fromEntries(checkStatutory(text, mode).map((check) => [check.id, check.present]));

describe('a formal request', () => {
  it.each([
    ['uk', ['date', 'statement', 'change', 'start-date', 'previous-requests']],
    ['ni', ['date', 'statement', 'change', 'business-effect', 'effect-handling', 'start-date', 'previous-requests']],
    ['ie', ['date', 'statement', 'days-times', 'location', 'start-date', 'duration', 'reasons', 'previous-requests', 'signature']],
  ] as const)('under %s law holds every element that law requires, and the checklist lists exactly those', (mode, elements) => {
    for (const length of ['full', 'short'] as const) {
      const draft = draftFor(mode, { length });
      const checks = checkStatutory(draft.body, mode);
      expect(checks.map((check) => check.id)).toEqual(elements);
      expect(checks.filter((check) => !check.present).map((check) => check.id)).toEqual([]);
      expect(draft.missing).toEqual([]);
    }
  });

  it('is dated, says it is statutory, and gives the change, the start date and whether there were earlier requests (UK)', () => {
    const { body, subject } = draftFor('uk');
    expect(subject).toBe('Statutory flexible working request');
    expect(body).toMatch(/^1 December 2026\n\nDear Sam,\n\nPlease treat this email as my statutory request for flexible working\. This is my first statutory request of this kind\./);
    expect(body).toContain('I would work from home on Tuesdays and Thursdays, keeping my current hours, from 1 March 2027.');
    // An accepted change is permanent in GB unless agreed otherwise, so the trial is asked for outright.
    expect(body).toContain('As an agreed change is permanent unless we agree otherwise, I propose that it begins as a trial of 6 weeks, which we would review on 12 April 2027.');
  });

  it('names earlier requests and their dates, and asks for the dates while they are missing', () => {
    const made = draftFor('uk', { previousRequest: true, values: { previousDates: '3 March 2026' } });
    expect(made.body).toContain('I made an earlier statutory request on 3 March 2026.');
    const undated = draftFor('uk', { previousRequest: true, values: {} });
    expect(undated.missing).toEqual(['previousDates']);
    expect(presence(undated.body, 'uk')['previous-requests']).toBe(true);
  });

  it("holds Northern Ireland's extra items: the effect on the business and how to deal with it", () => {
    const { body } = draftFor('ni');
    expect(body).toContain('I am making this application under my statutory right to request flexible working.');
    expect(body).toContain('The effect I expect on the business: none on output; one desk fewer');
    expect(body).toContain('How any effect can be dealt with: I will come in at short notice');
    expect(draftFor('ni', { values: {} }).missing).toEqual(['businessEffect', 'effectHandling']);
  });

  it("holds Ireland's items: days and times, location, start, duration, reasons, and a signature", () => {
    const { body, subject } = draftFor('ie');
    expect(subject).toBe('Remote working request under the Work Life Balance Act 2023');
    expect(body).toContain('under Part 3 of the Work Life Balance and Miscellaneous Provisions Act 2023');
    expect(body).toContain('- Days and times: Tuesdays and Thursdays, 9:00–17:30\n- Location: my home at 12 Main Street, Galway\n- Proposed start date: 1 March 2027');
    // No duration of its own: the trial and its review are the duration.
    expect(body).toContain('- Duration: an initial 6 weeks, reviewed together on 12 April 2027');
    expect(body).toContain('- Reasons: to care for my father in the evenings');
    expect(body).toMatch(/Yours sincerely,\nSigned: Alex Kim$/);
    expect(draftFor('ie', { values: { ...DETAILS, duration: 'until 31 August 2027' } }).body).toContain('- Duration: until 31 August 2027');
    expect(draftFor('ie', { values: {} }).missing).toEqual(['workLocation', 'reason']);
  });
});

describe('the checklist of required elements', () => {
  it('follows the user’s edits: an element taken out is missing, one written in their own words is present', () => {
    const { body } = draftFor('uk');
    const unstated = presence(body.replace('Please treat this email as my statutory request for flexible working. This is my first statutory request', 'This is my first request'), 'uk');
    expect(unstated).toMatchObject({ statement: false, 'previous-requests': true });
    expect(presence(body.replace('1 December 2026\n\n', ''), 'uk').date).toBe(false);
    expect(presence(body.replace('This is my first statutory request of this kind.', ''), 'uk')['previous-requests']).toBe(false);
    const own = 'Date: 02/12/2026\n\nHello Sam, I am applying under the statutory right to request flexible working. I would like to work remotely on Fridays, starting on 1st March 2027. I have not made a previous request.';
    expect(presence(own, 'uk')).toEqual({ date: true, statement: true, change: true, 'start-date': true, 'previous-requests': true });
  });

  it('does not count a fill-in gap as the element, nor a label whose only value is a gap', () => {
    expect(presence('Location: {workLocation}\nProposed start date: [startDate]', 'ie')).toMatchObject({ location: false, 'start-date': false });
    expect(presence('The effect I expect on the business: {businessEffect}\nHow any effect can be dealt with: [effectHandling]', 'ni')).toMatchObject({ 'business-effect': false, 'effect-handling': false });
    expect(presence('The effect I expect on the business: none', 'ni')['business-effect']).toBe(true);
  });

  it('reads an ordinary proposal as missing most of what a formal request needs', () => {
    const ordinary = buildDraft(STARTER, PROFILE, { tone: 'friendly', length: 'full', mode: 'standard', chosen: preselected(STARTER), previousRequest: false, sendDate: '', values: {} });
    const checks = presence(ordinary.body, 'uk');
    expect(checks).toMatchObject({ date: false, statement: false, 'previous-requests': false, change: true });
  });
});

describe('what happens next', () => {
  it('gives the UK decision deadline two months from sending, including an appeal', () => {
    const [decision] = nextSteps('uk', '2026-12-01', '2027-03-01');
    expect(decision).toMatchObject({ by: '2027-02-01' });
    expect(decision?.text).toContain('By 1 February 2027 (2 months from sending): your employer must decide, including any appeal');
  });

  it('counts months to the end of a shorter month', () => {
    expect(nextSteps('uk', '2026-12-31')[0]?.by).toBe('2027-02-28');
    expect(nextSteps('uk', '2027-12-31')[0]?.by).toBe('2028-02-29');
  });

  it("gives Ireland's four-week reply and warns when the start is less than eight weeks away", () => {
    const steps = nextSteps('ie', '2026-12-01', '2027-01-04');
    expect(steps[0]).toMatchObject({ by: '2026-12-29' });
    const warning = steps.find((step) => step.warning);
    expect(warning?.text).toContain('the earliest start is 26 January 2027');
    expect(nextSteps('ie', '2026-12-01', '2027-03-01').some((step) => step.warning)).toBe(false);
  });

  it('warns, under every law, about a start date before the day the request is sent', () => {
    for (const mode of ['uk', 'ni', 'ie'] as const) {
      const [first] = nextSteps(mode, '2026-12-01', '2026-03-02');
      expect(first).toMatchObject({ warning: true, text: expect.stringContaining('2 March 2026, is before the date you send it') });
      expect(nextSteps(mode, '2026-12-01', '2027-03-01')[0]?.warning).toBeUndefined();
    }
  });

  it('still lists the duties, without dates, when the send date cannot be read', () => {
    const steps = nextSteps('uk', '');
    expect(steps[0]?.by).toBeUndefined();
    expect(steps[0]?.text).toContain('within 2 months of receiving it');
  });

  it('says how often one may ask, for each law', () => {
    for (const mode of ['uk', 'ni', 'ie'] as const) expect(nextSteps(mode, '2026-12-01').at(-1)?.text).toBe(jurisdictionOf(mode).frequency.note);
  });
});

describe('the statutory rules', () => {
  it('were checked against their sources less than a year ago: when this fails, check them again and update the date', () => {
    const checked = new Date(`${STATUTORY_RULES.lastChecked}T00:00:00Z`);
    const ageInDays = (Date.now() - checked.getTime()) / 86_400_000;
    expect(Number.isNaN(ageInDays)).toBe(false);
    expect(ageInDays).toBeGreaterThanOrEqual(-1);
    expect(ageInDays).toBeLessThanOrEqual(365);
  });

  it('name a source with an address for every law', () => {
    for (const mode of ['uk', 'ni', 'ie'] as const) {
      const { sources } = jurisdictionOf(mode);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source.url).toMatch(/^https?:\/\/[a-z0-9.-]+\//);
    }
  });
});
