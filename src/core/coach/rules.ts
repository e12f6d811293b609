/**
 * The shape of a draft-coach language pack. Everything that depends on the language the email
 * is written in (patterns, labels, messages, the way mail clients mark quoted text) lives in a
 * value of this type, so adding a language is one more `coach-rules.<lang>.ts` file and no
 * change to the engine in `coach.ts`.
 *
 * Patterns are matched case-insensitively whatever flags they carry, on text whose curly
 * quotes and apostrophes are already straight, so a pack writes `'` and `"` only.
 */

/** The parts of a strong request, in the order the compose panel lists them. */
export const FACET_IDS = [
  'schedule',
  'business-benefit',
  'indicator',
  'trial',
  'sweetener',
  'communication',
  'track-record',
  'next-step',
] as const;
export type FacetId = (typeof FACET_IDS)[number];

/** Tone and content problems the coach can report, in the order they are documented. */
export const FINDING_IDS = [
  'personal-first',
  'ultimatum',
  'entitlement',
  'care-while-working',
  'hedging',
  'office-complaint',
  'group-request',
  'pay-cut',
  'overclaiming',
  'too-long',
  'no-start-date',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

export type Severity = 'high' | 'medium' | 'low';

/**
 * Words that show something (`cues`) and the same words used in another sense (`traps`).
 * A cue match that overlaps a trap match does not count: "trial" counts, "clinical trial" does not.
 * Where several cues could start at the same word, the first listed wins, so list a longer
 * phrase before a word it contains ("Tuesdays and Thursdays" before "Tuesdays").
 * Cues must not use backreferences: the engine joins them into one pattern.
 */
export interface PhraseSet {
  cues: readonly RegExp[];
  traps?: readonly RegExp[];
}

interface FacetRule extends PhraseSet {
  /** Short name in the checklist. */
  label: string;
  /** One line on why a manager cares, shown on hover. */
  why: string;
}

/** One way a finding shows itself, with the message that explains why that way hurts. */
interface FindingForm extends PhraseSet {
  message: string;
}

interface PhraseFinding {
  severity: Severity;
  /** Checked in order; the first form that matches gives the message. */
  forms: readonly FindingForm[];
}

interface CountFinding extends PhraseSet {
  severity: Severity;
  message: string;
  /** Fires at this many matches in a short draft… */
  minCount: number;
  /** …and needs one more for every this many words beyond that, so long drafts are not punished for length alone. */
  wordsPerMatch: number;
}

interface OpeningFinding extends PhraseSet {
  severity: Severity;
  message: string;
  /** How many sentences, after the greeting and pleasantries, count as the opening. */
  sentences: number;
  /** Any of these in the opening means the reason is not purely personal. */
  unless: readonly RegExp[];
  /** Opening sentences that carry no reason at all ("Hope you had a good weekend."). */
  pleasantries: readonly RegExp[];
}

interface LengthFinding {
  severity: Severity;
  /** May contain {wordCount} and {maxWords}. */
  message: string;
  maxWords: number;
}

interface MissingStartFinding {
  severity: Severity;
  message: string;
  /** A start date or start point ("from 3 March", "starting next month"). */
  start: PhraseSet;
  /** Wording that asks for an arrangement even without concrete days; the finding only fires on a real ask. */
  asks: readonly RegExp[];
}

export interface CoachRules {
  /** BCP 47 tag of the language the pack reads. */
  language: string;
  facets: Readonly<Record<FacetId, FacetRule>>;
  findings: {
    'personal-first': OpeningFinding;
    ultimatum: PhraseFinding;
    entitlement: PhraseFinding;
    'care-while-working': PhraseFinding;
    hedging: CountFinding;
    'office-complaint': PhraseFinding;
    'group-request': PhraseFinding;
    'pay-cut': PhraseFinding;
    overclaiming: PhraseFinding;
    'too-long': LengthFinding;
    'no-start-date': MissingStartFinding;
  };
  /** How mail clients mark text that is not the sender's own words in this message. */
  quotes: {
    /** Lines of quoted text inside the message (`> …`); they are ignored, what follows is kept. */
    quotedLine: RegExp;
    /**
     * Where the quoted history or the signature starts; everything from the earliest match on
     * is ignored. Matched line by line: `^` and `$` are line anchors.
     */
    cuts: readonly RegExp[];
  };
  /** A greeting at the very start ("Hi Sam,"), skipped when looking at how the email opens. `^` is the start of the text. */
  greeting: RegExp;
}

/**
 * Builds a case-insensitive pattern from a raw template. Line breaks and the indentation after
 * them are dropped, so long alternations can be written one choice per line.
 */
export function re(strings: TemplateStringsArray, ...parts: readonly string[]): RegExp {
  return new RegExp(String.raw(strings, ...parts).replace(/\n\s*/g, ''), 'i');
}
