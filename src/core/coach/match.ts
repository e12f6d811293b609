/**
 * The coach's phrase matcher: a language pack's phrase sets compiled once into global patterns,
 * and the one question the analysis asks of them: where in this draft does a set's phrase stand
 * as the set requires (in a sentence with the right company, not negated, not in the past…)?
 */
import type { DraftSentences } from './sentences';
import type { CoachRules, PhraseSet, Stance } from './rules';
import type { QuoteRules, TextSpan } from './text';

const MAX_EVIDENCE = 5;

export interface CompiledSet {
  /** All cues of the set as one pattern: one pass over the text instead of one per cue. */
  cues: RegExp | null;
  traps: RegExp[];
  alongside: RegExp | null;
  alongsideDates: boolean;
  /** Null when neighbouring sentences may not supply `alongside`; else what disqualifies one. */
  alongsideNearby: RegExp | null;
  unless: RegExp | null;
  stance: readonly Stance[];
}

/**
 * Every pattern is made global here, once, whatever flags the pack wrote. Patterns run on
 * lower-cased text, which lets the engine skip case folding; a pattern that spells an upper-case
 * letter outside an escape keeps the `i` flag so it still matches.
 */
function flagsFor(patterns: readonly RegExp[]): string {
  return patterns.some((pattern) => /[A-Z]/.test(pattern.source.replace(/\\./g, ''))) ? 'gi' : 'g';
}

function global(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, flagsFor([pattern]));
}

export function anyOf(patterns: readonly RegExp[] | undefined): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flagsFor(patterns));
}

export function compileSet(set: PhraseSet): CompiledSet {
  return {
    cues: anyOf(set.cues),
    traps: (set.traps ?? []).map(global),
    alongside: anyOf(set.alongside),
    alongsideDates: set.alongsideDates === true,
    alongsideNearby: set.alongsideNearby ? (anyOf(set.alongsideNearby) ?? /$^/) : null,
    unless: anyOf(set.unlessInSentence),
    stance: set.stance ?? [],
  };
}

export function compileQuotes(quotes: CoachRules['quotes']): QuoteRules {
  return {
    quotedLine: new RegExp(quotes.quotedLine.source, 'gim'),
    cuts: quotes.cuts.map((cut) => new RegExp(cut.source, 'gim')),
    headerBlock: new RegExp(quotes.headerBlock.source, 'iy'),
    closing: new RegExp(quotes.closing.source, 'gim'),
  };
}

/**
 * Every match of a global pattern. With `overlapping`, the search resumes one character after
 * each match's start, so one cue of a combined pattern cannot hide another cue inside its words.
 */
function findAll(pattern: RegExp, text: string, into: TextSpan[], overlapping = false, from = 0, to = text.length): void {
  // Nothing to find (empty matches are never kept), and a pattern's first run costs its
  // compilation: an empty draft in a worker just woken would pay for every pattern of the pack.
  if (from >= to) return;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    if (m[0].length > 0) into.push({ start: m.index, end: m.index + m[0].length });
    if (overlapping || m[0].length === 0) pattern.lastIndex = m.index + 1;
  }
}

export function test(pattern: RegExp | null, text: string): boolean {
  if (!pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** What matching needs to know about the draft besides its text. */
export interface MatchContext {
  /** The sender's own words, lower-cased. */
  text: string;
  sentences: DraftSentences;
  /** Days and dates the date parser finds in a sentence. */
  dates(sentence: TextSpan): TextSpan[];
}

/** Enough kept hits to show a facet's evidence and a finding's place; counting needs more (`Infinity`). */
const ENOUGH = 12;

/**
 * Cue matches that no trap overlaps and that stand in their sentence as the set asks, in reading
 * order, at most `limit` of them. Traps and sentences are only read when a cue matched, and each
 * sentence's company (`alongside`) is read once however many cues it holds, so a long draft costs
 * one pass per set. `within` limits the search.
 */
export function setHits(set: CompiledSet, context: MatchContext, within?: TextSpan, limit = ENOUGH): TextSpan[] {
  const { text, sentences } = context;
  const hits: TextSpan[] = [];
  if (set.cues) findAll(set.cues, text, hits, true, within?.start, within?.end);
  if (hits.length === 0) return hits;
  let traps: TextSpan[] = [];
  if (set.traps.length > 0) for (const trap of set.traps) findAll(trap, text, traps);
  if (traps.length > 0) traps = traps.sort((a, b) => a.start - b.start);
  const company = new Map<number, boolean>();
  const accompanied = (sentence: TextSpan) => {
    let found = company.get(sentence.start);
    if (found === undefined) {
      found = test(set.alongside, text.slice(sentence.start, sentence.end)) || (set.alongsideDates && context.dates(sentence).length > 0);
      company.set(sentence.start, found);
    }
    return found;
  };
  const nearbyAccompanied = (sentence: TextSpan) => {
    const not = set.alongsideNearby;
    return not !== null && sentences.nearby(sentence).some((near) => !test(not, text.slice(near.start, near.end)) && accompanied(near));
  };
  const excluded = new Map<number, boolean>();
  const kept: TextSpan[] = [];
  for (const hit of hits) {
    if (traps.length > 0 && traps.some((trap) => overlaps(hit, trap))) continue;
    const sentence = sentences.at(hit.start) ?? hit;
    if (set.unless) {
      let out = excluded.get(sentence.start);
      if (out === undefined) {
        out = test(set.unless, text.slice(sentence.start, sentence.end));
        excluded.set(sentence.start, out);
      }
      if (out) continue;
    }
    if ((set.alongside || set.alongsideDates) && !accompanied(sentence) && !nearbyAccompanied(sentence)) continue;
    if (!sentences.stands(hit, set.stance)) continue;
    kept.push(hit);
    if (kept.length >= limit) break;
  }
  return kept;
}

/**
 * Whether a short text's words show the set, without reading its sentences: a cue no trap overlaps
 * and, when the set asks for company, that company anywhere in the text. Enough to tell what a
 * pitch point is about.
 */
export function wordsShow(set: CompiledSet, text: string): boolean {
  const hits: TextSpan[] = [];
  if (set.cues) findAll(set.cues, text, hits, true);
  if (hits.length === 0 || (set.alongside && !test(set.alongside, text))) return false;
  const traps: TextSpan[] = [];
  for (const trap of set.traps) findAll(trap, text, traps);
  return hits.some((hit) => !traps.some((trap) => overlaps(hit, trap)));
}

/** Hits of any of the sets, in reading order. */
export function setsHits(sets: readonly CompiledSet[], context: MatchContext, within?: TextSpan): TextSpan[] {
  const all: TextSpan[] = [];
  for (const set of sets) all.push(...setHits(set, context, within));
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function evidenceOf(hits: readonly TextSpan[], text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  let shown: TextSpan | undefined;
  for (const hit of hits) {
    // "Thursdays" inside "Tuesdays and Thursdays" adds nothing a reader needs.
    if (shown && hit.start >= shown.start && hit.end <= shown.end) continue;
    shown = hit;
    const words = text.slice(hit.start, hit.end).replace(/\s+/g, ' ').trim();
    const key = words.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(words);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}
