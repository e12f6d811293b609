import { describe, expect, it } from 'vitest';
import { analyzeDraft, type FindingId } from '../../src/core/coach/analyze';
import { fill } from '../../src/core/fill';
import type { Profile } from '../../src/core/profile';
import { CATEGORY_FACETS } from '../../src/core/coach/rank';
import { starterPoints } from '../../src/core/starter';

/** A filled-in profile, as a user would have it after setup. */
const PROFILE: Profile = {
  manager: 'Sam',
  myName: 'Alex',
  days: 'Tuesdays and Thursdays',
  daysPerWeek: 'two',
  officeDays: 'Mondays, Wednesdays and Fridays',
  startDate: '3 March',
  trialWeeks: 'six',
  reviewDate: '14 April',
  updateDay: 'Friday afternoon',
  metric: 'tickets resolved per week',
  baseline: '35',
  target: '35',
  coreHours: '9:00-17:00',
  responseTime: 'within 30 minutes',
  extendedHours: '8:00-9:00 for the Singapore client',
  commuteMinutes: '90',
  travelTime: '45 minutes',
  teamGoal: 'the Q3 launch',
  project: 'the billing migration',
  yearsAtCompany: 'three years',
  pastRemoteExample: 'the rail strike in March',
  tool: 'Slack',
  team: 'the support team',
  benefitToWaive: 'my parking space',
  peakPeriods: 'month-end close',
};

const points = starterPoints(1_700_000_000_000);
const forEmail = points.filter((p) => p.use.includes('email'));

/** Inserting a suggestion is how a user fills a gap, so each one has to count for its facet. */
describe('starter points fill the facets their category promises', () => {
  const filling = forEmail.filter((p) => CATEGORY_FACETS[p.category].length > 0);

  it.each(filling.map((p) => [p.id, p] as const))('%s', (_id, point) => {
    const analysis = analyzeDraft(fill(point.text, PROFILE).text);
    const covered = analysis.coverage.filter((c) => c.covered).map((c) => c.id);
    // A sweetener fills the trial or the concession facet, not necessarily both.
    expect(covered.filter((facet) => CATEGORY_FACETS[point.category].includes(facet))).not.toEqual([]);
  });
});

describe('starter points do not trip the tone checks', () => {
  const TONE: FindingId[] = ['ultimatum', 'entitlement', 'care-while-working', 'hedging', 'office-complaint', 'group-request', 'pay-cut', 'overclaiming'];

  it.each(forEmail.map((p) => [p.id, p] as const))('%s', (_id, point) => {
    const found = analyzeDraft(fill(point.text, PROFILE).text).findings.map((f) => f.id);
    expect(found.filter((id) => TONE.includes(id))).toEqual([]);
  });
});
