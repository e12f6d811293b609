/**
 * The coach's view of English sentences, from wink-nlp and its English lite web model: sentence
 * boundaries, tokens with their offsets, the scope of each negation, and, for the few sentences a
 * rule asks about, parts of speech and lemmas (for tense). Everything the rules match is a span of
 * the text the coach was given, so every offset here is an offset into that text.
 *
 * Two pipelines, because tagging parts of speech costs several times the rest: a draft of ordinary
 * length is parsed and tagged in one pass; a long one goes through sentence splitting and negation
 * only, and `verbsOf` tags a sentence when a rule needs its tense. The model is built on first use:
 * a service worker that wakes for the popup's list of points never pays for it.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import winkModel from './wink-model.cjs';
import type { TextSpan } from './text';

interface Token extends TextSpan {
  /** Inside the scope of a negation ("not", "never", "n't" … up to the clause's end). */
  negated: boolean;
}

export interface Sentence extends TextSpan {
  tokens: Token[];
}

export interface TaggedWord extends TextSpan {
  /** Universal part of speech: VERB, AUX, PRON, NOUN… */
  pos: string;
  lemma: string;
  lower: string;
}

let lite: WinkMethods | undefined;
let full: WinkMethods | undefined;

const liteNlp = () => (lite ??= winkNLP(winkModel(), ['sbd', 'negation']));
const fullNlp = () => (full ??= winkNLP(winkModel(), ['sbd', 'negation', 'pos']));

/**
 * Where each token starts: wink gives each token's text and the spaces before it, which add up to
 * the input again; a token it rewrote is found by searching from where the last one ended.
 */
function offsets(text: string, values: readonly string[], spaces: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    if (text.startsWith(value, at)) {
      starts.push(at);
      at += value.length;
    } else {
      const found = text.indexOf(value, at);
      starts.push(found < 0 ? at : found);
      if (found >= 0) at = found + value.length;
    }
  }
  return starts;
}

/**
 * The sentences of `text`: wink's sentence boundaries, also broken at every line break, since in an
 * email a line (a bullet, a greeting, a header) ends what it says even without a full stop. With
 * `tag`, also every word's part of speech and lemma, in one pass (cheaper, for a draft of ordinary
 * length, than tagging sentence by sentence later).
 */
export function parse(text: string, tag: boolean): { sentences: Sentence[]; words: TaggedWord[] } {
  const nlp = tag ? fullNlp() : liteNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const starts = offsets(text, values, tokens.out(its.precedingSpaces) as string[]);
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const pos = tag ? (tokens.out(its.pos) as string[]) : [];
  // wink's typings declare the lemma helper with a narrower signature than `out` accepts.
  const lemmas = tag ? (tokens.out(its.lemma as unknown as ItsFunction<string>) as string[]) : [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  const words: TaggedWord[] = [];
  let current: Token[] = [];
  const close = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) sentences.push({ start: first.start, end: last.end, tokens: current });
    current = [];
  };
  for (const [from, to] of spans) {
    for (let i = from; i <= to; i++) {
      const value = values[i] ?? '';
      if (value.includes('\n') || value.trim() === '') {
        if (value.includes('\n')) close();
        continue;
      }
      const start = starts[i] ?? 0;
      current.push({ start, end: start + value.length, negated: negations[i] === true });
      if (tag) words.push({ start, end: start + value.length, pos: pos[i] ?? '', lemma: (lemmas[i] ?? value).toLowerCase(), lower: value.toLowerCase() });
    }
    close();
  }
  return { sentences, words };
}

/** Parts of speech and lemmas of one stretch of text (a sentence), offsets into `text`. */
export function verbsOf(text: string, span: TextSpan): TaggedWord[] {
  const words = parse(text.slice(span.start, span.end), true).words;
  for (const word of words) {
    word.start += span.start;
    word.end += span.start;
  }
  return words;
}
