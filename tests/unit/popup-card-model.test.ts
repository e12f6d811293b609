import { describe, expect, it } from 'vitest';
import { createPoint, type NewPoint, type PitchPoint } from '../../src/core/point';
import { buildMeetingCard, hasChosenPoints } from '../../src/popup/meeting/cardModel';

let clock = 0;
const point = (input: NewPoint): PitchPoint => createPoint({ onMeetingCard: true, ...input }, (clock += 1));

describe('the meeting card', () => {
  const profile = { days: 'Tuesdays', startDate: '2026-03-02', trialWeeks: '6', manager: 'Dana', metric: 'tickets closed', baseline: '40 a week' };

  it('states the ask from the fill-ins, offering the review date, and flags what is missing', () => {
    const card = buildMeetingCard([], profile);
    expect(card.ask).toEqual([
      { key: 'days', value: 'Tuesdays' },
      { key: 'startDate', value: '2026-03-02' },
      { key: 'trialWeeks', value: '6' },
      { key: 'reviewDate', value: '2026-04-13' },
    ]);
    expect(card.measures.profile).toEqual([{ key: 'metric', value: 'tickets closed' }, { key: 'baseline', value: '40 a week' }, { key: 'target' }]);
  });

  it('shows only the points the user put on it, each in its section, with the text as written for the fill-ins', () => {
    const reason = point({ category: 'boss-motivation', title: 'Fewer interruptions', text: 'Good for {manager}.' });
    const offCard = point({ category: 'boss-motivation', title: 'Not chosen', text: 'x', onMeetingCard: false });
    const undecided = createPoint({ category: 'boss-motivation', title: 'Never ticked', text: 'x' }, 0);
    const plan = point({ category: 'communication', title: 'Core hours', text: 'Online {coreHours}.' });
    const card = buildMeetingCard([reason, offCard, undecided, plan], profile);
    expect(card.reasons.map((p) => [p.title, p.source])).toEqual([['Fewer interruptions', 'Good for {manager}.']]);
    expect(card.plan.map((p) => p.source)).toEqual(['Online {coreHours}.']);
    expect(hasChosenPoints(card)).toBe(true);
    expect(hasChosenPoints(buildMeetingCard([offCard, undecided], profile))).toBe(false);
  });

  it('pairs each objection with its answer and evidence, falling back to the title for the concern', () => {
    const written = point({ category: 'objection-answer', title: 'Measured output', text: 'Judge {metric}.', objection: 'How will I know you are working?', evidence: 'Microsoft WTI 2022', order: 0 });
    const untitled = point({ category: 'objection-answer', title: 'Everyone will want it', text: 'Same rules for all.', order: 1 });
    const card = buildMeetingCard([written, untitled], profile);
    expect(card.objections.map((p) => [p.objection, p.source, p.evidence])).toEqual([
      ['How will I know you are working?', 'Judge {metric}.', 'Microsoft WTI 2022'],
      ['Everyone will want it', 'Same rules for all.', undefined],
    ]);
  });

  it('lists sweeteners in the order the user set, not the order they were made', () => {
    const trial = { ...point({ category: 'sweetener', title: 'Trial', text: 'a' }), order: 2 };
    const equipment = { ...point({ category: 'sweetener', title: 'Own equipment', text: 'b' }), order: 0 };
    const onRequest = { ...point({ category: 'sweetener', title: 'In on request', text: 'c' }), order: 1 };
    expect(buildMeetingCard([trial, equipment, onRequest], profile).ladder.map((p) => p.title)).toEqual(['Own equipment', 'In on request', 'Trial']);
  });

  it('keeps the user’s own motivation apart from the business case', () => {
    const mine = point({ category: 'my-motivation', title: 'School pick-up', text: 'Home by four.' });
    const card = buildMeetingCard([mine], profile);
    expect(card.motivation.map((p) => p.title)).toEqual(['School pick-up']);
    expect(card.reasons).toEqual([]);
  });
});
