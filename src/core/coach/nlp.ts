/**
 * The coach's view of English sentences, from wink-nlp and its English lite web model: sentence
 * boundaries, tokens with their offsets, the scope of each negation, and, for the few sentences a
 * rule asks about, parts of speech and lemmas (for tense). Everything the rules match is a span of
 * the text the coach was given, so every offset here is an offset into that text.
 *
 * Two pipelines, because tagging parts of speech costs about five times the rest: the whole draft
 * goes through sentence splitting and negation only; `verbsOf` tags one sentence when a rule needs
 * its tense. The model is built on first use: a service worker that wakes for the popup's list of
 * points never pays for it.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
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

const liteNlp = () => (lite ??= winkNLP(model, ['sbd', 'negation']));
const fullNlp = () => (full ??= winkNLP(model, ['sbd', 'negation', 'pos']));

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
 * email a line (a bullet, a greeting, a header) ends what it says even without a full stop.
 */
export function sentencesOf(text: string): Sentence[] {
  const nlp = liteNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const negations = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const starts = offsets(text, values, spaces);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const out: Sentence[] = [];
  let tokens: Token[] = [];
  const close = () => {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first && last) out.push({ start: first.start, end: last.end, tokens });
    tokens = [];
  };
  for (const [from, to] of spans) {
    for (let i = from; i <= to; i++) {
      const value = values[i] ?? '';
      if (value.includes('\n') || value.trim() === '') {
        if (value.includes('\n')) close();
        continue;
      }
      const start = starts[i] ?? 0;
      tokens.push({ start, end: start + value.length, negated: negations[i] === true });
    }
    close();
  }
  return out;
}

/** Parts of speech and lemmas of one stretch of text (a sentence), offsets into `text`. */
export function verbsOf(text: string, span: TextSpan): TaggedWord[] {
  const nlp = fullNlp();
  const its = nlp.its;
  const piece = text.slice(span.start, span.end);
  const doc = nlp.readDoc(piece);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare the lemma helper with a narrower signature than `out` accepts.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const starts = offsets(piece, values, spaces);
  return values.map((value, i) => {
    const start = span.start + (starts[i] ?? 0);
    return { start, end: start + value.length, pos: pos[i] ?? '', lemma: (lemmas[i] ?? value).toLowerCase(), lower: value.toLowerCase() };
  });
}
