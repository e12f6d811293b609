/**
 * The emails after the meeting: the recap of what was agreed ("Thanks for today — to confirm: …"),
 * to send within a day, and the request for the review meeting at the end of the trial, with the
 * results the user fills in. Built like the request: plain text with the fill-ins applied, those
 * still missing left as {name}.
 */
import { readableDate } from '../dates';
import { fill } from '../fill';
import { withReviewDate, type Profile } from '../profile';
import type { OutcomeEntry } from './outcome';

export interface FollowUp {
  subject: string;
  body: string;
  missing: string[];
}

/** The review email's own details: the measure's result during the trial, and anything else worth saying. */
export interface ReviewValues {
  result?: string;
  highlights?: string;
}

/** The profile with what was agreed in place of what was proposed, dates written out. */
function valuesFor(profile: Profile, entry: OutcomeEntry | undefined, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const agreed = entry?.agreed;
  const merged: Record<string, string | undefined> = {
    ...profile,
    ...(agreed?.days && { days: agreed.days }),
    ...(agreed?.startDate && { startDate: agreed.startDate }),
    ...(agreed?.trialWeeks && { trialWeeks: agreed.trialWeeks }),
    ...(agreed?.measures && { measures: agreed.measures }),
    ...(entry?.askAgainOn && { askAgainOn: entry.askAgainOn }),
    ...extra,
  };
  // The agreed start and length decide the review, unless the profile set its own.
  if (agreed?.startDate || agreed?.trialWeeks) delete merged.reviewDate;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(withReviewDate(merged as Profile) as Record<string, string | undefined>)) if (value?.trim()) values[key] = value.trim();
  for (const key of ['startDate', 'reviewDate', 'askAgainOn']) if (values[key]) values[key] = readableDate(values[key]);
  if (!values.measures && values.metric) values.measures = [values.metric, values.baseline && `now about ${values.baseline}`, values.target && `aiming for ${values.target}`].filter(Boolean).join(', ');
  return values;
}

function finish(subject: string, lines: readonly (string | false | undefined)[], values: Record<string, string>): FollowUp {
  const filledSubject = fill(subject, values);
  const body = fill(lines.filter(Boolean).join('\n\n'), values);
  return { subject: filledSubject.text, body: body.text, missing: [...new Set([...filledSubject.missing, ...body.missing])] };
}

const RECAP: Readonly<Record<OutcomeEntry['answer'], { subject: string; text: string }>> = {
  yes: {
    subject: 'Recap: working from home on {days}',
    text: "Thanks for today — to confirm what we agreed: from {startDate} I'll work from home on {days}, and we'll keep an eye on {measures}.",
  },
  trial: {
    subject: 'Recap: {trialWeeks}-week trial of working from home on {days}',
    text: "Thanks for today — to confirm what we agreed: from {startDate} I'll work from home on {days} for a trial of {trialWeeks} weeks, which we review together on {reviewDate}. We'll judge it on {measures}.",
  },
  'not-now': {
    subject: 'Thanks for today',
    text: "Thanks for today and for hearing me out — to confirm: we'll leave it for now and look at it again on {askAgainOn}. If there's anything you'd like to see from me before then, let me know.",
  },
  no: {
    subject: 'Thanks for today',
    text: "Thanks for today — to confirm: I'll keep my current pattern for now. I'd still value knowing what would change the answer, so that we can look at it again later.",
  },
};

/** The recap of the meeting the entry records. */
export function buildRecap(entry: OutcomeEntry, profile: Profile): FollowUp {
  const recap = RECAP[entry.answer];
  const values = valuesFor(profile, entry);
  return finish(recap.subject, [
    'Hi {manager},',
    recap.text,
    entry.notes.trim() && (entry.answer === 'yes' || entry.answer === 'trial') && `We also said: ${entry.notes.trim()}`,
    "If I've got anything wrong, tell me and I'll correct it.",
    'Thanks,\n{myName}',
  ], values);
}

/** The request for the review at the end of the trial, with its results. */
export function buildReview(entry: OutcomeEntry | undefined, profile: Profile, results: ReviewValues): FollowUp {
  const values = valuesFor(profile, entry, { result: results.result, highlights: results.highlights });
  return finish('Review of our home-working trial on {reviewDate}', [
    'Hi {manager},',
    'Our trial of working from home on {days} ends on {reviewDate}. Could we meet that day, or close to it, to decide together whether to keep it, adjust it or stop it?',
    'How it went: {metric} was about {baseline} before the trial and {result} during it, against the {target} I committed to.',
    values.highlights && '{highlights}',
    "I'll bring the detail to the meeting.",
    'Thanks,\n{myName}',
  ], values);
}
