import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/core/coach/analyze';
import { buildDraft, type DraftChoices } from '../../src/core/draft/build';
import { preselected } from '../../src/core/draft/sections';
import { createPoint, type PitchPoint } from '../../src/core/point';
import type { Profile } from '../../src/core/profile';
import { starterPoints } from '../../src/core/starter';

/** A user who filled in everything the starter library's email points ask for. */
const PROFILE: Profile = {
  manager: 'Sam', myName: 'Alex Kim', days: 'Tuesdays and Thursdays', daysPerWeek: 'two', officeDays: 'Mondays, Wednesdays and Fridays',
  startDate: '2027-02-01', trialWeeks: '6', metric: 'tickets resolved per week', baseline: '42', target: '45', coreHours: '9:00–17:30',
  responseTime: 'within 30 minutes', teamGoal: 'the spring release', project: 'the billing migration', yearsAtCompany: 'three years',
  tool: 'Slack', updateDay: 'Friday afternoon', travelTime: '40 minutes', peakPeriods: 'month-end close', extendedHours: 'the 8:00 calls with Singapore',
};

const STARTER = starterPoints(0);

function choices(overrides: Partial<DraftChoices> = {}, points: readonly PitchPoint[] = STARTER): DraftChoices {
  return { tone: 'friendly', length: 'full', mode: 'standard', chosen: preselected(points), previousRequest: false, sendDate: '2026-12-01', values: {}, ...overrides };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const starter = (id: string) => STARTER.find((point) => point.id === id) as PitchPoint;

describe('the points a draft starts with', () => {
  it('are the best ranked of each part, one per part of a strong request it fills (two sweeteners: the trial and a concession)', () => {
    expect(preselected(STARTER)).toEqual(['bm-team-priority', 'pi-generic-baseline', 'sw-trial-review', 'sw-own-setup', 'co-core-hours-response', 'tr-tenure-reliability']);
  });

  it("follow the user's own order, and leave out meeting-only points, private notes and objection answers", () => {
    const mine = createPoint({ category: 'boss-motivation', title: 'Client hours', text: 'Clients in {tool} get answers sooner.', order: -1 }, 0);
    const meetingOnly = createPoint({ category: 'track-record', title: 'Meeting only', text: 'Said in the room.', order: -1, use: ['meeting'] }, 0);
    const chosen = preselected([...STARTER, mine, meetingOnly]);
    expect(chosen).toContain(mine.id);
    expect(chosen).not.toContain('bm-team-priority');
    expect(chosen).not.toContain(meetingOnly.id);
    expect(chosen).toContain('tr-tenure-reliability');
    for (const id of chosen) expect(['my-motivation', 'objection-answer']).not.toContain([...STARTER, mine].find((point) => point.id === id)?.category);
  });
});

describe('a draft built from the starter library with the profile filled in', () => {
  it.each([
    ['friendly', 'full'],
    ['formal', 'full'],
    ['friendly', 'short'],
    ['formal', 'short'],
  ] as const)('(%s, %s) covers at least 7 of the 8 parts of a strong request on our coach, with no tone finding and nothing left to fill', (tone, length) => {
    const draft = buildDraft(STARTER, PROFILE, choices({ tone, length }));
    const analysis = analyzeDraft(draft.body);
    expect(analysis.coveredCount).toBeGreaterThanOrEqual(7);
    expect(analysis.findings).toEqual([]);
    expect(draft.missing).toEqual([]);
    expect(draft.body).not.toMatch(/[{}[\]]/);
  });

  it('runs in the framework order: greeting, the ask, the gain, the measure, sweeteners, how work continues, track record, the next step', () => {
    const { body } = buildDraft(STARTER, PROFILE, choices());
    const at = (fragment: string) => {
      const index = body.indexOf(fragment);
      expect(index, fragment).toBeGreaterThanOrEqual(0);
      return index;
    };
    const order = [
      at('Hi Sam,'),
      at('working from home on Tuesdays and Thursdays, starting 1 February 2027'),
      at('the spring release is what matters most'),
      at('judge the arrangement mainly on tickets resolved per week'),
      at('sit down on 15 March 2027'),
      at('my own home-office setup'),
      at('reachable during 9:00–17:30'),
      at('In my three years here'),
      at('Would you have 20 minutes'),
      at('Thanks,\nAlex Kim'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('writes its dates out and takes the review date from the start date and the trial length, as the meeting card does', () => {
    const { body } = buildDraft(STARTER, PROFILE, choices());
    expect(body).toContain('starting 1 February 2027');
    expect(body).toContain('15 March 2027');
    expect(body).not.toContain('2027-02-01');
  });

  it('suggests a subject naming the days and the trial', () => {
    expect(buildDraft(STARTER, PROFILE, choices()).subject).toBe('Proposal: working from home on Tuesdays and Thursdays, starting with a 6-week trial');
    expect(buildDraft(STARTER, PROFILE, choices({ tone: 'formal' })).subject).toBe('Request to work from home on Tuesdays and Thursdays (6-week trial)');
  });
});

describe('tone and length', () => {
  it('greets and signs off by tone', () => {
    const friendly = buildDraft(STARTER, PROFILE, choices()).body;
    const formal = buildDraft(STARTER, PROFILE, choices({ tone: 'formal' })).body;
    expect(friendly).toMatch(/^Hi Sam,/);
    expect(friendly).toMatch(/Thanks,\nAlex Kim$/);
    expect(formal).toMatch(/^Dear Sam,/);
    expect(formal).toMatch(/Kind regards,\nAlex Kim$/);
    expect(formal).toContain('I am writing to propose');
  });

  it('keeps a short draft near 120 words and a full one under the coach’s 350', () => {
    for (const tone of ['friendly', 'formal'] as const) {
      expect(words(buildDraft(STARTER, PROFILE, choices({ tone, length: 'short' })).body)).toBeGreaterThanOrEqual(95);
      expect(words(buildDraft(STARTER, PROFILE, choices({ tone, length: 'short' })).body)).toBeLessThanOrEqual(145);
      const full = words(buildDraft(STARTER, PROFILE, choices({ tone })).body);
      expect(full).toBeGreaterThan(180);
      expect(full).toBeLessThanOrEqual(350);
    }
  });

  it('puts the trial and its review in the short ask, and no sweetener that only says them again', () => {
    const { body } = buildDraft(STARTER, PROFILE, choices({ length: 'short' }));
    expect(body).toContain('6-week trial of working from home on Tuesdays and Thursdays, starting 1 February 2027');
    expect(body).toContain('review together on 15 March 2027');
    expect(body).not.toContain(starter('sw-trial-review').text.slice(0, 20));
    expect(body).toContain('my own home-office setup');
  });
});

describe('the points the user chooses', () => {
  it('go in, each in its part, and nothing else does', () => {
    const chosen = ['bm-extended-coverage', 'pi-responsiveness', 'sw-come-in-on-request', 'co-weekly-note', 'se-room-with-door', 'tr-already-proven'];
    const { body } = buildDraft(STARTER, PROFILE, choices({ chosen }));
    expect(body).toContain('Without the commute I could cover the 8:00 calls with Singapore');
    expect(body).toContain("I'll come in; I can be at the office in about 40 minutes");
    expect(body).toContain('Every Friday afternoon');
    expect(body).toContain('a separate room with a door');
    expect(body).not.toContain('I know the spring release');
    expect(body).not.toContain('own home-office setup');
  });

  it("ties the gain to the manager's priority and names baseline and target when the chosen points don't", () => {
    const { body } = buildDraft(STARTER, PROFILE, choices({ chosen: ['bm-extended-coverage', 'pi-responsiveness'] }));
    expect(body).toContain("the spring release is the team's priority right now");
    expect(body).toContain('For tickets resolved per week that means about 42 today, and 45 or better during the trial.');
    expect(body).toContain("We'd run it for 6 weeks and meet on 15 March 2027");
  });

  it('still makes a whole email from no points at all, from the fill-ins', () => {
    const draft = buildDraft(STARTER, PROFILE, choices({ chosen: [] }));
    const analysis = analyzeDraft(draft.body);
    expect(analysis.findings).toEqual([]);
    expect(analysis.coveredCount).toBeGreaterThanOrEqual(6);
  });

  it('skips ids of points deleted since', () => {
    expect(buildDraft(STARTER, PROFILE, choices({ chosen: ['p-gone', 'bm-team-priority'] })).body).toContain('the spring release is what matters most');
  });
});

describe('fill-ins', () => {
  it('leaves the missing ones visible as {name} and lists each once, subject first', () => {
    const draft = buildDraft(STARTER, { manager: 'Sam' }, choices());
    expect(draft.missing.slice(0, 2)).toEqual(['days', 'trialWeeks']);
    expect(draft.missing).toContain('teamGoal');
    expect(draft.missing).toContain('myName');
    expect(draft.missing).not.toContain('manager');
    expect(new Set(draft.missing).size).toBe(draft.missing.length);
    expect(draft.body).toContain('{days}');
    expect(draft.body).toContain('Hi Sam,');
  });

  it('takes the text the user typed as it is: nothing in a value is read as a placeholder or markup', () => {
    const draft = buildDraft(STARTER, { ...PROFILE, manager: '<b>{myName}</b>' }, choices());
    expect(draft.body).toMatch(/^Hi <b>\{myName\}<\/b>,/);
  });
});
