/**
 * The builder's own sentences, in English: what it writes around the user's points to make a whole
 * email in the framework's order, and the lines a formal request needs. {placeholders} are filled
 * from the profile and the draft's own details like any point's. Written for this project; each
 * sentence is checked by the unit tests against our own coach (no tone finding, facets covered).
 */
import type { StatutoryMode } from './statutory-rules';

export const DRAFT_TONES = ['friendly', 'formal'] as const;
export type DraftTone = (typeof DRAFT_TONES)[number];

export const DRAFT_LENGTHS = ['full', 'short'] as const;
export type DraftLength = (typeof DRAFT_LENGTHS)[number];

type ByTone = Readonly<Record<DraftTone, string>>;

export const WORDING = {
  subject: {
    friendly: 'Proposal: working from home on {days}, starting with a {trialWeeks}-week trial',
    formal: 'Request to work from home on {days} ({trialWeeks}-week trial)',
  } satisfies ByTone,
  statutorySubject: {
    uk: 'Statutory flexible working request',
    ni: 'Flexible working application under the statutory right',
    ie: 'Remote working request under the Work Life Balance Act 2023',
  } satisfies Readonly<Record<StatutoryMode, string>>,
  greeting: { friendly: 'Hi {manager},', formal: 'Dear {manager},' } satisfies ByTone,
  signOff: { friendly: 'Thanks,', formal: 'Kind regards,' } satisfies ByTone,

  /** The ask: days, start date, and that it begins as a trial (its length and review come with the sweeteners). */
  ask: {
    friendly: "I'd like to propose a trial of working from home on {days}, starting {startDate}.",
    formal: 'I am writing to propose a trial in which I work from home on {days}, beginning on {startDate}.',
  } satisfies ByTone,
  /** The short draft's ask carries the trial's length and review too. */
  askShort: {
    friendly: "My proposal is a {trialWeeks}-week trial of working from home on {days}, starting {startDate}, which we'd review together on {reviewDate}.",
    formal: 'I propose a {trialWeeks}-week trial of working from home on {days}, starting on {startDate}, with a joint review on {reviewDate}.',
  } satisfies ByTone,

  /** Ties the gain to the manager's priority when no chosen point does. */
  gainLead: {
    friendly: "{teamGoal} is the team's priority right now, and this is built to help with it.",
    formal: "The arrangement is designed around the team's current priority, {teamGoal}.",
  } satisfies ByTone,
  /** The gain when the user chose no point for it. */
  gainAlone: {
    friendly: "{teamGoal} is the team's priority right now, and protected focus days at home would let me deliver my part of it sooner.",
    formal: "The team's current priority is {teamGoal}, and protected focus days at home would let me deliver my part of it sooner.",
  } satisfies ByTone,

  /** The measure when the user chose no indicator point, and in a short draft. */
  measureAlone: {
    friendly: "We can judge it on {metric}: it's about {baseline} today, and I'd hold it at {target} or better throughout.",
    formal: 'We can judge it on {metric}, now about {baseline}, which I would keep at {target} or above.',
  } satisfies ByTone,
  /** Baseline and target, when the chosen indicator points name neither. */
  measureFigures: {
    friendly: "For {metric} that means about {baseline} today, and {target} or better during the trial.",
    formal: 'For {metric}, the baseline is about {baseline} and the level I commit to during the trial is {target}.',
  } satisfies ByTone,

  /** The trial's length and review date, when no chosen sweetener names them. */
  trialReview: {
    friendly: "We'd run it for {trialWeeks} weeks and meet on {reviewDate} to decide whether to keep it, change it or stop.",
    formal: 'The trial would run for {trialWeeks} weeks, and we would meet on {reviewDate} to decide whether to continue, adjust or end it.',
  } satisfies ByTone,

  /** Hours and reply time when no chosen point says them, and in a short draft. */
  reachable: {
    friendly: "I'll be reachable during {coreHours} and reply {responseTime}.",
    formal: 'I will be reachable during {coreHours} and will reply {responseTime}.',
  } satisfies ByTone,
  standUp: {
    friendly: "I'll join the daily stand-up on video as well.",
    formal: 'I will also join the daily stand-up by video.',
  } satisfies ByTone,

  nextStep: {
    friendly: "Would you have 20 minutes this week to talk it over? I'm happy to bring the plan on a single page.",
    formal: 'Could we arrange a short meeting in the coming days to discuss it? I can prepare a one-page outline of the plan beforehand.',
  } satisfies ByTone,

  nextStepShort: {
    friendly: 'Could we find 20 minutes this week to talk it over?',
    formal: 'Could we meet for 20 minutes this week to discuss it?',
  } satisfies ByTone,

  /** Lines of a formal request, by what they say. */
  statutory: {
    statement: {
      uk: 'Please treat this email as my statutory request for flexible working.',
      ni: 'I am making this application under my statutory right to request flexible working.',
      ie: 'I am making this request for a remote working arrangement under Part 3 of the Work Life Balance and Miscellaneous Provisions Act 2023.',
    } satisfies Readonly<Record<StatutoryMode, string>>,
    previousNone: 'This is my first statutory request of this kind.',
    previousMade: 'I made an earlier statutory request on {previousDates}.',
    currentPattern: 'At present I work {currentPattern}.',
    change: 'The change I am asking for is to my place of work: I would work from home on {days}, keeping my current hours, from {startDate}.',
    /** GB's 2024 rules: an accepted change is permanent unless agreed otherwise, so a trial must be asked for. */
    trialPermanent:
      'As an agreed change is permanent unless we agree otherwise, I propose that it begins as a trial of {trialWeeks} weeks, which we would review on {reviewDate}.',
    trial: 'I propose that it begins as a trial of {trialWeeks} weeks, which we would review on {reviewDate}.',
    reason: 'My reason for asking: {reason}',
    businessEffect: 'The effect I expect on the business: {businessEffect}',
    effectHandling: 'How any effect can be dealt with: {effectHandling}',
    arrangementIntro: 'The arrangement I am requesting:',
    daysTimes: '- Days and times: {days}, {coreHours}',
    location: '- Location: {workLocation}',
    startDate: '- Proposed start date: {startDate}',
    duration: '- Duration: {duration}',
    /** What a duration says when the user wrote none: the trial and its review. */
    durationDefault: 'an initial {trialWeeks} weeks, reviewed together on {reviewDate}',
    reasons: '- Reasons: {reason}',
    safeguards: "When working from home I will keep to the company's rules on data protection and on health and safety.",
    signature: 'Signed: {myName}',
    signOff: 'Yours sincerely,',
  },
} as const;
