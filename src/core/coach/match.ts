/**
 * The coach's pattern matcher: a language pack's phrase sets compiled once into global patterns,
 * and the few ways the analysis asks them about a text.
 */
import { FACET_IDS, type CoachRules, type FacetId, type FindingId, type PhraseSet, type Severity } from './rules';
import { EN_RULES } from './rules.en';
import type { TextSpan } from './text';

const MAX_EVIDENCE = 5;

export interface CompiledSet {
  /** All cues of the set as one pattern: one pass over the text instead of one per cue. */
  cues: RegExp | null;
  traps: RegExp[];
}

interface CompiledForm extends CompiledSet {
  message: string;
}

export interface CompiledRules {
  facets: Record<FacetId, CompiledSet>;
  phraseFindings: { id: FindingId; severity: Severity; forms: CompiledForm[] }[];
  personalFirst: CompiledSet & { unless: RegExp[]; pleasantries: RegExp[] };
  hedging: CompiledSet;
  startDate: CompiledSet;
  asks: RegExp[];
  quotedLine: RegExp;
  cuts: RegExp[];
  greeting: RegExp;
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

function anyOf(patterns: readonly RegExp[]): RegExp | null {
  if (patterns.length === 0) return null;
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flagsFor(patterns));
}

function compileSet(set: PhraseSet): CompiledSet {
  return { cues: anyOf(set.cues), traps: (set.traps ?? []).map(global) };
}

function compile(rules: CoachRules): CompiledRules {
  const f = rules.findings;
  const facets = {} as Record<FacetId, CompiledSet>;
  for (const id of FACET_IDS) facets[id] = compileSet(rules.facets[id]);
  const phraseIds = ['ultimatum', 'entitlement', 'care-while-working', 'office-complaint', 'group-request', 'pay-cut', 'overclaiming'] as const;
  return {
    facets,
    phraseFindings: phraseIds.map((id) => ({
      id,
      severity: f[id].severity,
      forms: f[id].forms.map((form) => ({ ...compileSet(form), message: form.message })),
    })),
    personalFirst: {
      ...compileSet(f['personal-first']),
      unless: f['personal-first'].unless.map(global),
      pleasantries: f['personal-first'].pleasantries.map(global),
    },
    hedging: compileSet(f.hedging),
    startDate: compileSet(f['no-start-date'].start),
    asks: f['no-start-date'].asks.map(global),
    quotedLine: new RegExp(rules.quotes.quotedLine.source, 'gim'),
    cuts: rules.quotes.cuts.map((cut) => new RegExp(cut.source, 'im')),
    greeting: new RegExp(rules.greeting.source, 'i'),
  };
}

const compiled = new WeakMap<CoachRules, CompiledRules>([[EN_RULES, compile(EN_RULES)]]);

export function compiledFor(rules: CoachRules): CompiledRules {
  let found = compiled.get(rules);
  if (!found) {
    found = compile(rules);
    compiled.set(rules, found);
  }
  return found;
}

/**
 * Every match of a global pattern. With `overlapping`, the search resumes one character after
 * each match's start, so one cue of a combined pattern cannot hide another cue inside its words.
 */
export function findAll(pattern: RegExp, text: string, into: TextSpan[], overlapping = false): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length > 0) into.push({ start: m.index, end: m.index + m[0].length });
    if (overlapping || m[0].length === 0) pattern.lastIndex = m.index + 1;
  }
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Cue matches that no trap overlaps, in reading order. Traps are only read when a cue matched. */
export function matches(set: CompiledSet, text: string): TextSpan[] {
  const hits: TextSpan[] = [];
  if (set.cues) findAll(set.cues, text, hits, true);
  if (hits.length === 0 || set.traps.length === 0) return hits;
  const traps: TextSpan[] = [];
  for (const trap of set.traps) findAll(trap, text, traps);
  return traps.length === 0 ? hits : hits.filter((hit) => !traps.some((trap) => overlaps(hit, trap)));
}

export function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
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

