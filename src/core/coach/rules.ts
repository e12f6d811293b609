/**
 * The shape of a draft-coach language pack. Everything that depends on the language the email
 * is written in (phrases, labels, messages, better phrasings, the way mail clients mark quoted
 * text) lives in a value of this type; the engine (`analyze.ts`) reads sentences and clauses and
 * asks the pack which phrases mean what.
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
 * How a matched phrase must stand in its sentence to count, read from the sentence's parse:
 * - `asserted`: not inside the scope of a negation ("I won't be looking after him");
 * - `not-past`: its clause is not in the simple past ("I turned down an offer");
 * - `not-perfect`: nor in the present perfect ("I've worked from home since January");
 * - `not-question`: the sentence is not a question;
 * - `not-conditional`: the sentence sets no condition ("if you agree, I'll…").
 */
export type Stance = 'asserted' | 'not-past' | 'not-perfect' | 'not-question' | 'not-conditional';

/**
 * Words that show something (`cues`), and the conditions under which they do.
 * A cue match that overlaps a trap match does not count: "trial" counts, "clinical trial" does not.
 * Where several cues could start at the same word, the first listed wins, so list a longer
 * phrase before a word it contains ("Tuesdays and Thursdays" before "Tuesdays").
 * Cues must not use backreferences: the engine joins them into one pattern.
 */
export interface PhraseSet {
  cues: readonly RegExp[];
  traps?: readonly RegExp[];
  /** When given, a cue counts only in a sentence where one of these matches too. */
  alongside?: readonly RegExp[];
  /** With `alongside`: a date or day the date parser finds in the sentence counts as one. */
  alongsideDates?: boolean;
  /**
   * With `alongside`: the sentence before or after, in the same paragraph, may supply it, unless
   * that sentence matches one of these (its day is a meeting's, say).
   */
  alongsideNearby?: readonly RegExp[];
  /** A cue does not count in a sentence where one of these matches. */
  unlessInSentence?: readonly RegExp[];
  stance?: readonly Stance[];
}

interface FacetRule {
  /** Short name in the checklist. */
  label: string;
  /** One line on why a manager cares, shown on hover. */
  why: string;
  /** Any of these sets covers the facet. */
  sets: readonly PhraseSet[];
}

/**
 * A better way to say what a finding points at: replaces the flagged sentence. `{name}` takes the
 * user's fill-in of that name, or the pack's `fixDefaults` when they have none.
 */
type Rephrasing = string;

/** One way a finding shows itself, with the message that explains why that way hurts. */
export interface FindingForm {
  message: string;
  /** One or two better phrasings for the sentence it flags. */
  fixes: readonly Rephrasing[];
  sets: readonly PhraseSet[];
}

interface PhraseFinding {
  severity: Severity;
  /** Checked in order; the first form that matches gives the message and the phrasings. */
  forms: readonly FindingForm[];
}

/**
 * Announcing rather than asking. A first-person statement that the arrangement will happen
 * ("I'll be working from home on Fridays") announces only when nothing in the email asks, offers a
 * condition, or confirms what was agreed; phrases that announce whatever follows ("this is to
 * inform you", "I've decided") do so on their own.
 */
interface AnnouncementForm extends FindingForm {
  declarations: PhraseSet;
  /** A request anywhere in the email turns its declarations into the plan of a proposal. */
  requests: readonly RegExp[];
  /** Confirming an arrangement already agreed is not announcing it. */
  confirmations: readonly RegExp[];
}

interface CountFinding extends PhraseSet {
  severity: Severity;
  message: string;
  fixes: readonly Rephrasing[];
  /** Fires at this many matches in a short draft… */
  minCount: number;
  /** …and needs one more for every this many words beyond that, so long drafts are not punished for length alone. */
  wordsPerMatch: number;
}

interface OpeningFinding {
  severity: Severity;
  message: string;
  fixes: readonly Rephrasing[];
  /** Personal reasons; any set that matches in the opening counts. */
  sets: readonly PhraseSet[];
  /** How many sentences, after the greeting and pleasantries, count as the opening. */
  sentences: number;
  /** Any of these in the opening means the reason is not purely personal. */
  unless: readonly RegExp[];
  /** Opening sentences that carry no reason at all ("Hope you had a good weekend."), or header lines. */
  pleasantries: readonly RegExp[];
  /** A first sentence like this answers the manager's question rather than leading with a reason. */
  answers: readonly RegExp[];
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
  /** Asking for an arrangement at all, with or without days: only a real ask needs a start date. */
  asks: PhraseSet;
  /** Words that introduce a start ("from", "starting", "as of"); followed by a date, they name one. */
  starters: RegExp;
  /** Start points that are not dates ("right away", "once the launch is out"). */
  start: PhraseSet;
}

export interface CoachRules {
  /** BCP 47 tag of the language the pack reads. */
  language: string;
  facets: Readonly<Record<FacetId, FacetRule>>;
  findings: {
    'personal-first': OpeningFinding;
    ultimatum: PhraseFinding;
    entitlement: { severity: Severity; forms: readonly FindingForm[]; announcement: AnnouncementForm };
    'care-while-working': PhraseFinding;
    hedging: CountFinding;
    'office-complaint': PhraseFinding;
    'group-request': PhraseFinding;
    'pay-cut': PhraseFinding;
    overclaiming: PhraseFinding;
    'too-long': LengthFinding;
    'no-start-date': MissingStartFinding;
  };
  /** What a `{name}` in a phrasing becomes when the user has not filled that name in. */
  fixDefaults: Readonly<Record<string, string>>;
  /** How mail clients mark text that is not the sender's own words in this message. */
  quotes: {
    /** Lines of quoted text inside the message (`> …`); they are ignored, what follows is kept. */
    quotedLine: RegExp;
    /**
     * Where the quoted history, the signature or a legal footer starts; everything from the
     * earliest match on is ignored. Matched line by line: `^` and `$` are line anchors.
     */
    cuts: readonly RegExp[];
    /**
     * A header block (From:, To:, Date:, Subject:…) that is the letter's own memo lines when it
     * opens the text, and a quoted message's header anywhere else.
     */
    headerBlock: RegExp;
    /** A closing line ("Kind regards,"): short lines after it are the signature. */
    closing: RegExp;
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
