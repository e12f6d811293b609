/**
 * The draft coach: reads the request email the user is writing and says which parts of a
 * strong request it covers, what in its tone hurts it, and a score. Pure and synchronous, so
 * the compose panel can call it on every pause in typing.
 *
 * The words it looks for come from a language pack (`coach-rules.en.ts` by default); this file
 * only knows how to apply one.
 */
import {
  FACET_IDS,
  FINDING_IDS,
  type CoachRules,
  type FacetId,
  type FindingId,
  type PhraseSet,
  type Severity,
} from './coach-rules';
import { EN_RULES } from './coach-rules.en';
import { countWords, ownText, sentences, wordsSpan, type TextSpan } from './coach-text';

export { FACET_IDS, FINDING_IDS, type CoachRules, type FacetId, type FindingId, type Severity, type TextSpan };

export interface FacetCoverage {
  id: FacetId;
  covered: boolean;
  /** The words in the draft that show it, as written, once each, first five. */
  evidence: string[];
}

export interface Finding {
  id: FindingId;
  severity: Severity;
  /** One line saying why it hurts the request. */
  message: string;
  /** Where in the text given to `analyzeDraft` it shows first (offsets into that exact string). */
  span: TextSpan;
  /** The words that triggered it, as written, once each, first five. */
  evidence: string[];
}

export interface DraftAnalysis {
  /** One entry per facet, in `FACET_IDS` order. */
  coverage: FacetCoverage[];
  coveredCount: number;
  /** Highest severity first, then in reading order. */
  findings: Finding[];
  /** 0–100; see `FACET_WEIGHTS` and `SEVERITY_PENALTY`. */
  score: number;
  /** Words the user wrote in this message, without quoted history or signature. */
  wordCount: number;
}

export interface AnalyzeOptions {
  /** The language pack; English when omitted. */
  rules?: CoachRules;
  /** Findings the user dismissed for this draft: left out of the list and of the score. */
  dismissed?: Iterable<FindingId>;
}

export interface FacetInfo {
  id: FacetId;
  label: string;
  why: string;
}

/**
 * The score model. Covered facets add their weight (they sum to 100, so a draft that covers
 * everything starts at 100); each finding that is not dismissed takes off its severity's
 * penalty, once per finding id however often it shows; the result is clamped to 0–100.
 * The ask itself, the gain and the measure carry most weight because they are what a manager
 * decides on; the rest lowers the risk of saying yes.
 */
export const FACET_WEIGHTS: Readonly<Record<FacetId, number>> = {
  schedule: 16,
  'business-benefit': 16,
  indicator: 16,
  trial: 12,
  communication: 12,
  'next-step': 10,
  'track-record': 9,
  sweetener: 9,
};

export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { high: 15, medium: 8, low: 4 };

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };
const MAX_EVIDENCE = 5;

interface CompiledSet {
  /** All cues of the set as one pattern: one pass over the text instead of one per cue. */
  cues: RegExp | null;
  traps: RegExp[];
}

interface CompiledForm extends CompiledSet {
  message: string;
}

interface CompiledRules {
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

function compiledFor(rules: CoachRules): CompiledRules {
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
function findAll(pattern: RegExp, text: string, into: TextSpan[], overlapping = false): void {
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
function matches(set: CompiledSet, text: string): TextSpan[] {
  const hits: TextSpan[] = [];
  if (set.cues) findAll(set.cues, text, hits, true);
  if (hits.length === 0 || set.traps.length === 0) return hits;
  const traps: TextSpan[] = [];
  for (const trap of set.traps) findAll(trap, text, traps);
  return traps.length === 0 ? hits : hits.filter((hit) => !traps.some((trap) => overlaps(hit, trap)));
}

function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

function evidenceOf(hits: readonly TextSpan[], text: string): string[] {
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

/**
 * The first sentences after the greeting and any pleasantries: where a reader decides what
 * the email is about.
 */
function openingOf(text: string, rules: CompiledRules, count: number): TextSpan | null {
  const greeting = rules.greeting.exec(text);
  const from = greeting ? greeting.index + greeting[0].length : 0;
  const picked: TextSpan[] = [];
  for (const sentence of sentences(text, from)) {
    if (picked.length === 0 && anyMatch(rules.personalFirst.pleasantries, text.slice(sentence.start, sentence.end))) continue;
    picked.push(sentence);
    if (picked.length === count) break;
  }
  const first = picked[0];
  const last = picked[picked.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * Reads a draft and reports coverage, findings and a score. `text` is what the compose body
 * holds (see `draftText`); quoted history and the signature in it are ignored, and every span
 * in the result is an offset into `text` as given.
 */
export function analyzeDraft(text: string, options: AnalyzeOptions = {}): DraftAnalysis {
  const pack = options.rules ?? EN_RULES;
  const rules = compiledFor(pack);
  const own = ownText(text, rules.quotedLine, rules.cuts).text;
  const wordCount = countWords(own);

  const facetHits = {} as Record<FacetId, TextSpan[]>;
  const coverage: FacetCoverage[] = FACET_IDS.map((id) => {
    const hits = matches(rules.facets[id], own);
    facetHits[id] = hits;
    return { id, covered: hits.length > 0, evidence: evidenceOf(hits, text) };
  });

  const found: Finding[] = [];
  const report = (id: FindingId, severity: Severity, message: string, hits: readonly TextSpan[], span?: TextSpan) => {
    const first = span ?? hits[0];
    if (first) found.push({ id, severity, message, span: { start: first.start, end: first.end }, evidence: evidenceOf(hits, text) });
  };

  const opening = openingOf(own, rules, pack.findings['personal-first'].sentences);
  if (opening) {
    const openingText = own.slice(0, opening.end);
    const personal = matches(rules.personalFirst, openingText).filter((hit) => hit.start >= opening.start);
    if (personal.length > 0 && !anyMatch(rules.personalFirst.unless, openingText.slice(opening.start))) {
      const rule = pack.findings['personal-first'];
      report('personal-first', rule.severity, rule.message, personal);
    }
  }

  for (const finding of rules.phraseFindings) {
    let message: string | undefined;
    const hits: TextSpan[] = [];
    for (const form of finding.forms) {
      const formHits = matches(form, own);
      if (formHits.length > 0 && message === undefined) message = form.message;
      hits.push(...formHits);
    }
    if (message !== undefined) report(finding.id, finding.severity, message, hits.sort((a, b) => a.start - b.start));
  }

  const hedging = pack.findings.hedging;
  const hedges = matches(rules.hedging, own);
  if (hedges.length >= Math.max(hedging.minCount, Math.ceil(wordCount / hedging.wordsPerMatch))) {
    report('hedging', hedging.severity, hedging.message, hedges);
  }

  const tooLong = pack.findings['too-long'];
  if (wordCount > tooLong.maxWords) {
    const message = tooLong.message.replace('{wordCount}', String(wordCount)).replace('{maxWords}', String(tooLong.maxWords));
    report('too-long', tooLong.severity, message, [], wordsSpan(own));
  }

  const noStart = pack.findings['no-start-date'];
  const asks: TextSpan[] = [...facetHits.schedule];
  if (asks.length === 0) for (const ask of rules.asks) findAll(ask, own, asks);
  if (asks.length > 0 && matches(rules.startDate, own).length === 0) {
    report('no-start-date', noStart.severity, noStart.message, asks.sort((a, b) => a.start - b.start));
  }

  const dismissed = new Set(options.dismissed ?? []);
  const findings = found
    .filter((finding) => !dismissed.has(finding.id))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.span.start - b.span.start);

  let score = 0;
  for (const facet of coverage) if (facet.covered) score += FACET_WEIGHTS[facet.id];
  for (const finding of findings) score -= SEVERITY_PENALTY[finding.severity];

  return {
    coverage,
    coveredCount: coverage.filter((facet) => facet.covered).length,
    findings,
    score: Math.max(0, Math.min(100, Math.round(score))),
    wordCount,
  };
}

/** Labels and reasons for the checklist, in `FACET_IDS` order, from a language pack. */
export function facetInfo(rules: CoachRules = EN_RULES): FacetInfo[] {
  return FACET_IDS.map((id) => ({ id, label: rules.facets[id].label, why: rules.facets[id].why }));
}

/** English labels and reasons for the checklist. */
export const FACETS: readonly FacetInfo[] = facetInfo(EN_RULES);
