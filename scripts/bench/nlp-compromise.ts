/**
 * The same two functions as src/core/coach/nlp.ts, on compromise instead of wink-nlp: used once to
 * compare the two libraries on the corpus (accuracy, speed), see the commit that picked wink.
 */
import nlp from 'compromise';
import type { Sentence, TaggedWord, Token } from '../../src/core/coach/nlp';
import type { TextSpan } from '../../src/core/coach/text';

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  implicit?: string;
  offset: { start: number; length: number };
}

const terms = (text: string): Term[][] =>
  (nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]).map((s) => s.terms);

const NEGATIVE = new Set(['not', "n't", 'never', 'no', 'cannot', 'nobody', 'nothing']);

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of terms(text)) {
    let tokens: Token[] = [];
    let negated = false;
    const close = () => {
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (first && last) out.push({ start: first.start, end: last.end, tokens });
      tokens = [];
    };
    for (const term of sentence) {
      if (term.pre.includes('\n')) {
        close();
        negated = false;
      }
      const start = term.offset.start;
      const lower = (term.implicit ?? term.text).toLowerCase();
      tokens.push({ start, end: start + term.offset.length, negated });
      if (term.tags.includes('Negative') || NEGATIVE.has(lower)) negated = true;
      // Like wink's, a negation's scope ends at the next comma or stop.
      if (/[,;.!?:]/.test(term.post)) negated = false;
      if (term.post.includes('\n')) {
        close();
        negated = false;
      }
    }
    close();
  }
  return out;
}

export function verbsOf(text: string, span: TextSpan): TaggedWord[] {
  const piece = text.slice(span.start, span.end);
  return terms(piece).flat().map((term) => {
    const start = span.start + term.offset.start;
    const lower = (term.implicit ?? term.text).toLowerCase();
    const tags = term.tags;
    const pos = tags.includes('Auxiliary') || tags.includes('Modal') || tags.includes('Copula') ? 'AUX' : tags.includes('Verb') ? 'VERB' : (tags[0] ?? '').toUpperCase();
    // The analysis reads "past" from a lemma that differs from the word; compromise tags the tense itself.
    const lemma = tags.includes('PastTense') && pos === 'VERB' ? `${lower}~` : lower;
    return { start, end: start + term.offset.length, pos, lemma, lower };
  });
}
