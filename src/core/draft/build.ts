/**
 * Assembles a whole request email from the user's points and fill-ins, in the framework's order:
 * greeting → the ask → what the manager gains → how success is measured → sweeteners → how work
 * continues → track record → a clear next step. A formal request adds what its law requires. The
 * result is plain text with the fill-ins applied; those still missing stay visible as {name}.
 */
import { parseIsoDate, readableDate } from '../dates';
import { fill } from '../fill';
import type { PitchPoint } from '../point';
import { withReviewDate, type Profile } from '../profile';
import { rankedForDraft, sectionOf, type SectionId } from './sections';
import { isStatutory, type DraftMode, type StatutoryMode } from './statutory-rules';
import { WORDING, type DraftLength, type DraftTone } from './wording.en';

/**
 * Details only a formal request asks for, kept with the draft rather than in the profile, by their
 * placeholder name in the wording.
 */
export const DRAFT_FIELDS = ['previousDates', 'currentPattern', 'reason', 'businessEffect', 'effectHandling', 'workLocation', 'duration'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface DraftChoices {
  tone: DraftTone;
  length: DraftLength;
  mode: DraftMode;
  /** The points to use, by id; none given means the builder's preselection. */
  chosen: readonly string[];
  /** Whether an earlier statutory request was made (its dates are `values.previousDates`). */
  previousRequest: boolean;
  /** The day the request is sent (ISO): the letter's date, and where its deadlines count from. */
  sendDate: string;
  values: Readonly<Partial<Record<DraftField, string>>>;
}

export interface BuiltDraft {
  subject: string;
  body: string;
  /** Placeholders still without a value, once each, subject first. */
  missing: string[];
}

/** The values a draft fills in: the profile with its offered review date, dates written out, and the draft's own details. */
export function draftValues(profile: Profile, choices: Pick<DraftChoices, 'sendDate' | 'values'>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(withReviewDate(profile))) if (value) values[key] = value;
  for (const [key, value] of Object.entries(choices.values)) if (value?.trim()) values[key] = value;
  for (const key of ['startDate', 'reviewDate']) {
    const value = values[key];
    if (value) values[key] = readableDate(value);
  }
  const sent = parseIsoDate(choices.sendDate);
  if (sent) values.sendDate = readableDate(choices.sendDate);
  return values;
}

const restatesTrial = (point: PitchPoint) => /\{(?:trialWeeks|reviewDate|startDate)\}/.test(point.text);
const mentions = (points: readonly PitchPoint[], name: string) => points.some((point) => point.text.includes(`{${name}}`));
const paragraph = (...lines: (string | false | undefined)[]) => lines.filter(Boolean).join(' ');

/** The chosen points of each section, in the builder's order. */
function bySection(points: readonly PitchPoint[], chosen: readonly string[]): Record<SectionId, PitchPoint[]> {
  const wanted = new Set(chosen);
  const sections: Record<SectionId, PitchPoint[]> = { gain: [], measure: [], sweeteners: [], continuity: [], record: [] };
  for (const point of rankedForDraft(points)) {
    const section = sectionOf(point);
    if (section && wanted.has(point.id)) sections[section].push(point);
  }
  return sections;
}

/** The business case: the paragraphs between the ask and the next step. */
function caseParagraphs(sections: Record<SectionId, PitchPoint[]>, tone: DraftTone, length: DraftLength, trialSaid: boolean): string[] {
  const { gain, measure, continuity, record } = sections;
  const text = (points: readonly PitchPoint[]) => points.map((point) => point.text.trim());
  // Where the ask (or the formal request) already gave the trial and its review, a sweetener that
  // says them again is left out: only concessions beyond the trial go in.
  const sweeteners = trialSaid ? sections.sweeteners.filter((point) => !restatesTrial(point)) : sections.sweeteners;
  if (length === 'short') {
    return [gain[0] ? gain[0].text.trim() : WORDING.gainAlone[tone], paragraph(WORDING.measureAlone[tone], sweeteners[0]?.text.trim()), WORDING.reachable[tone]];
  }
  const out = [
    gain.length > 0 ? paragraph(!mentions(gain, 'teamGoal') && WORDING.gainLead[tone], ...text(gain)) : WORDING.gainAlone[tone],
    measure.length > 0 ? paragraph(...text(measure), !mentions(measure, 'baseline') && WORDING.measureFigures[tone]) : WORDING.measureAlone[tone],
    paragraph(!trialSaid && !mentions(sweeteners, 'reviewDate') && WORDING.trialReview[tone], ...text(sweeteners)),
    paragraph(...text(continuity), !mentions(continuity, 'coreHours') && WORDING.reachable[tone], !continuity.some((point) => /stand-?up/i.test(point.text)) && WORDING.standUp[tone]),
    paragraph(...text(record)),
  ];
  return out.filter(Boolean);
}

/** The lines only a formal request has, after the greeting: the statement, previous requests, the change. */
function statutoryOpening(mode: StatutoryMode, choices: DraftChoices): string[] {
  const w = WORDING.statutory;
  const has = (field: DraftField) => Boolean(choices.values[field]?.trim());
  const opening = [
    paragraph(w.statement[mode], choices.previousRequest ? w.previousMade : w.previousNone),
    paragraph(has('currentPattern') && w.currentPattern, mode !== 'ie' && w.change, mode === 'uk' ? w.trialPermanent : mode === 'ni' && w.trial),
  ];
  if (mode === 'uk' && has('reason')) opening.push(w.reason);
  if (mode === 'ni') opening.push([w.businessEffect, w.effectHandling].join('\n'));
  if (mode === 'ie') {
    // Without a duration of its own, the trial's length and review are the duration.
    const duration = has('duration') ? w.duration : w.duration.replace('{duration}', w.durationDefault);
    opening.push([w.arrangementIntro, w.daysTimes, w.location, w.startDate, duration, w.reasons].join('\n'), w.safeguards);
  }
  return opening;
}

/**
 * The draft for these choices. Points come in the builder's ranking order within their section;
 * `chosen` ids that are no longer points (deleted meanwhile) are skipped.
 */
export function buildDraft(points: readonly PitchPoint[], profile: Profile, choices: DraftChoices): BuiltDraft {
  const { tone, length, mode } = choices;
  const sections = bySection(points, choices.chosen);
  const statutory = isStatutory(mode);
  const parts: string[] = [];
  if (statutory) parts.push('{sendDate}');
  parts.push(WORDING.greeting[tone]);
  if (statutory) parts.push(...statutoryOpening(mode, choices));
  else parts.push(length === 'short' ? WORDING.askShort[tone] : WORDING.ask[tone]);
  if (!statutory || length === 'full') parts.push(...caseParagraphs(sections, tone, length, statutory || length === 'short'));
  parts.push(length === 'short' ? WORDING.nextStepShort[tone] : WORDING.nextStep[tone]);
  if (mode === 'ie') parts.push(`${WORDING.statutory.signOff}\n${WORDING.statutory.signature}`);
  else parts.push(`${WORDING.signOff[tone]}\n{myName}`);

  const values = draftValues(profile, choices);
  const subject = fill(statutory ? WORDING.statutorySubject[mode] : WORDING.subject[tone], values);
  const body = fill(parts.filter(Boolean).join('\n\n'), values);
  return { subject: subject.text, body: body.text, missing: [...new Set([...subject.missing, ...body.missing])] };
}
