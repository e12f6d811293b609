/**
 * The draft as sentences, and what a rule may ask about the sentence a phrase was found in: is the
 * phrase negated, is its clause in the past, is the sentence a question or a condition. The parse
 * comes from `nlp.ts`; tense is only worked out for sentences a rule asks about, and every lookup
 * is a binary search, so a long draft with many phrases stays linear.
 */
import { parse, verbsOf, type Sentence, type TaggedWord } from './nlp';
import type { Stance } from './rules';
import type { TextSpan } from './text';

/** Negation words a phrase may carry itself ("can't concentrate"): such a phrase is its own assertion. */
const NEGATION_WORD = /\b(?:not|never|no|nothing|nobody|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|wouldn't|couldn't|shouldn't|haven't|hasn't|without)\b|n't\b/;

/** What starts a negation's scope; "without" negates only the noun after it. */
const NEGATION_TRIGGER = /\b(?:not|never|no|nobody|nothing|neither|nor|cannot)\b|n't\b/;

/** "If I can't work from home two days a week, …": the condition names what is asked for. */
const CONDITIONAL_NEGATION = /\b(?:if|unless|otherwise)\b[^,;]*?(?:n't|\bnot|\bcannot)\b/;

const CONDITION = /\b(?:if|unless|provided|providing|assuming|as long as|subject to|pending|should you|once you|once it's|once we)\b/;

const HYPOTHESIS = /\b(?:if|suppose|supposing|imagine)\b/;

/** A question even without its question mark ("Could I work from home on Fridays"). */
const QUESTION_START = /^\W*(?:could|can|would|may|might|shall|should|is it|is that|would it|will it|do you|does|are you|any chance|ok if|okay if|alright if|all right if|cool if|how about|what about|what if)\b/;

/** Where a clause ends: punctuation, or a conjunction that starts a new one. */
const CLAUSE_BREAK = /[,;:()!?]|\s-\s|\b(?:but|and|so|because|although|though|while|whilst|whereas|when|since|if|unless|or|as|which|who)\b/g;

const BLANK_LINE = /\n[ \t]*\n/;

const PAST_AUXILIARY = new Set(['was', 'were', 'did', 'had', "didn't", "wasn't", "weren't", "hadn't"]);
const PERFECT_AUXILIARY = new Set(['have', 'has', "'ve", 'haven', "haven't", "hasn't"]);

export type Tense = 'past' | 'perfect' | 'other';

/** A finite verb in the past: "was", "did", "turned", "left" (an auxiliary only when it is one of the past ones). */
function pastForm(word: TaggedWord): boolean {
  if (word.pos === 'AUX') return PAST_AUXILIARY.has(word.lower);
  if (word.pos !== 'VERB' || word.lemma === word.lower || word.lower.endsWith('ing') || word.lower.startsWith("'")) return false;
  return !(word.lower === `${word.lemma}s` || word.lower === `${word.lemma}es`);
}

const isVerb = (word: TaggedWord) => word.pos === 'VERB' || word.pos === 'AUX';

/** The index of the first span that ends after `offset`, in a list sorted by position. */
function firstEndingAfter(spans: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? Infinity) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to this many characters, the draft is tagged with its parts of speech in the one parse. */
const TAG_IN_ONE_PASS = 20_000;

/**
 * No sentence is longer than this: a run of text without a stop (a paste, a hostile page) is cut
 * into pieces of about this size, so what a rule reads around one phrase stays bounded.
 */
const LONGEST_SENTENCE = 600;

function chop(sentence: Sentence): Sentence[] {
  if (sentence.end - sentence.start <= LONGEST_SENTENCE) return [sentence];
  const pieces: Sentence[] = [];
  let tokens: Sentence['tokens'] = [];
  for (const token of sentence.tokens) {
    const first = tokens[0];
    if (first && token.end - first.start > LONGEST_SENTENCE) {
      pieces.push({ start: first.start, end: tokens[tokens.length - 1]?.end ?? first.end, tokens });
      tokens = [];
    }
    tokens.push(token);
  }
  const first = tokens[0];
  if (first) pieces.push({ start: first.start, end: tokens[tokens.length - 1]?.end ?? first.end, tokens });
  return pieces;
}

/**
 * Whether a text has words for the model to read. A draft that is blank, or all quoted lines, is
 * read without the model, so the worker need not load it for one.
 */
export const readsWords = (text: string): boolean => /\p{L}/u.test(text);

export class DraftSentences {
  readonly list: Sentence[];
  private readonly tagged = new Map<Sentence, TaggedWord[]>();
  private readonly breaks = new Map<Sentence, TextSpan[]>();

  /** `cased` and `lower` are the same text with and without its case. */
  constructor(private readonly cased: string, readonly lower: string) {
    if (!readsWords(lower)) {
      this.list = [];
      return;
    }
    // A draft of ordinary length is tagged in the same pass; a long one only where a rule asks.
    const tagAll = cased.length <= TAG_IN_ONE_PASS;
    const { sentences, words } = parse(cased, tagAll);
    this.list = sentences.flatMap(chop);
    if (!tagAll) return;
    for (const sentence of this.list) {
      const from = firstEndingAfter(words, sentence.start);
      let to = from;
      while (to < words.length && (words[to]?.start ?? Infinity) < sentence.end) to++;
      this.tagged.set(sentence, words.slice(from, to));
    }
  }

  private indexOf(offset: number): number {
    const index = firstEndingAfter(this.list, offset);
    const sentence = this.list[index];
    return sentence && sentence.start <= offset ? index : -1;
  }

  /** The sentence a span starts in, or undefined between sentences. */
  at(offset: number): Sentence | undefined {
    return this.list[this.indexOf(offset)];
  }

  /** The sentences just before and after, when no blank line parts them from this one. */
  nearby(sentence: TextSpan): TextSpan[] {
    const index = this.indexOf(sentence.start);
    if (index < 0) return [];
    const near: TextSpan[] = [];
    const before = this.list[index - 1];
    const after = this.list[index + 1];
    if (before && !BLANK_LINE.test(this.lower.slice(before.end, sentence.start))) near.push(before);
    if (after && !BLANK_LINE.test(this.lower.slice(sentence.end, after.start))) near.push(after);
    return near;
  }

  textOf(span: TextSpan): string {
    return this.lower.slice(span.start, span.end);
  }

  /**
   * Inside a negation's scope, unless the phrase carries its own negation word, or the sentence is
   * a question, where a negation is rhetorical ("Why can't I work from home on Fridays?").
   */
  negated(sentence: Sentence, hit: TextSpan): boolean {
    if (NEGATION_WORD.test(this.lower.slice(hit.start, hit.end)) || this.question(sentence)) return false;
    const token = sentence.tokens[firstEndingAfter(sentence.tokens, hit.start)];
    if (token === undefined || token.start >= hit.end || !token.negated) return false;
    // wink's scope runs to the next comma; a negation reaches no further than its own clause, and
    // "without" only its noun ("without the trip in, I could log on at 7").
    const clause = this.clauseOf(sentence, hit);
    if (!NEGATION_TRIGGER.test(this.lower.slice(clause.start, hit.start))) return false;
    return !CONDITIONAL_NEGATION.test(this.lower.slice(Math.max(sentence.start, hit.start - 30), hit.start));
  }

  question(sentence: Sentence): boolean {
    const text = this.textOf(sentence).trimEnd();
    return text.endsWith('?') || QUESTION_START.test(text);
  }

  conditional(sentence: Sentence): boolean {
    return CONDITION.test(this.textOf(sentence));
  }

  /**
   * The tense of the verb that governs the phrase: the nearest verb before it in its clause (or
   * after it, when none comes before), reading through participles and "-ing" forms to their
   * auxiliary ("I have been doing it…" is perfect). A past form after "if" or in a question is
   * hypothetical ("Would it work if I worked from home on Mondays?"), not past.
   */
  tense(sentence: Sentence, hit: TextSpan): Tense {
    const clause = this.clauseOf(sentence, hit);
    const words = this.wordsOf(sentence);
    const from = firstEndingAfter(words, clause.start);
    const at = firstEndingAfter(words, hit.start);
    let to = at;
    while (to < words.length && (words[to]?.start ?? Infinity) < clause.end) to++;
    const before = words.slice(from, at).filter(isVerb).reverse();
    const candidates = before.length > 0 ? before : words.slice(at, to).filter(isVerb);
    for (const word of candidates) {
      // "home-based", "well-paid": a participle inside a compound describes, it does not narrate.
      if (this.lower.charAt(word.start - 1) === '-') continue;
      const index = words.indexOf(word);
      if (word.pos === 'AUX') {
        if (PERFECT_AUXILIARY.has(word.lower) || (word.lemma === 'have' && word.lower.startsWith("'"))) {
          // "have" is only perfect before a participle; "they have home office on Fridays" is the present.
          const next = words.slice(index + 1, index + 4);
          return next.some((w) => isVerb(w) && (w.lower === 'been' || pastForm(w))) ? 'perfect' : 'other';
        }
        if (PAST_AUXILIARY.has(word.lower)) return this.hypothetical(sentence, word) ? 'other' : 'past';
        if (word.lower === 'been' || word.lower === 'being' || word.lower === 'be') continue;
        return 'other';
      }
      if (word.lower.endsWith('ing')) continue;
      if (!pastForm(word)) return 'other';
      const previous = words[index - 1];
      if (previous?.pos === 'AUX' || previous?.lower === 'being') continue;
      return this.hypothetical(sentence, word) ? 'other' : 'past';
    }
    return 'other';
  }

  /** Whether a phrase found at `hit` stands in its sentence the way `stance` asks. */
  stands(hit: TextSpan, stance: readonly Stance[]): boolean {
    if (stance.length === 0) return true;
    const sentence = this.at(hit.start);
    if (!sentence) return true;
    for (const want of stance) {
      if (want === 'asserted' && this.negated(sentence, hit)) return false;
      if (want === 'not-question' && this.question(sentence)) return false;
      if (want === 'not-conditional' && this.conditional(sentence)) return false;
      if (want === 'not-past' || want === 'not-perfect') {
        const tense = this.tense(sentence, hit);
        if (tense === 'past' || (want === 'not-perfect' && tense === 'perfect')) return false;
      }
    }
    return true;
  }

  private wordsOf(sentence: Sentence): TaggedWord[] {
    let words = this.tagged.get(sentence);
    if (!words) {
      words = verbsOf(this.cased, sentence);
      this.tagged.set(sentence, words);
    }
    return words;
  }

  /** The clause a phrase is in: from the last break before it to the first break after it. */
  private clauseOf(sentence: Sentence, hit: TextSpan): TextSpan {
    let breaks = this.breaks.get(sentence);
    if (!breaks) {
      breaks = [];
      CLAUSE_BREAK.lastIndex = sentence.start;
      for (let m = CLAUSE_BREAK.exec(this.lower); m && m.index < sentence.end; m = CLAUSE_BREAK.exec(this.lower)) {
        breaks.push({ start: m.index, end: m.index + m[0].length });
      }
      this.breaks.set(sentence, breaks);
    }
    // Breaks that end at or before the phrase start bound it on the left; the first one after its end on the right.
    const left = firstEndingAfter(breaks, hit.start) - 1;
    let right = left + 1;
    while (right < breaks.length && (breaks[right]?.start ?? Infinity) < hit.end) right++;
    return { start: breaks[left]?.end ?? sentence.start, end: breaks[right]?.start ?? sentence.end };
  }

  private hypothetical(sentence: Sentence, verb: TextSpan): boolean {
    return this.question(sentence) || HYPOTHESIS.test(this.lower.slice(Math.max(sentence.start, verb.start - 40), verb.start));
  }
}
