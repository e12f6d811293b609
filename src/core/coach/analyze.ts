/**
 * The draft coach: reads the request email the user is writing and says which parts of a
 * strong request it covers, what in its tone hurts it (with better phrasings for the sentence it
 * flags), and a score. Pure and synchronous; it runs in the service worker.
 *
 * It reads the sender's own words sentence by sentence (`sentences.ts`, on wink-nlp), and asks the
 * language pack (`rules.en.ts`) which phrases mean what; a phrase counts only where it stands as
 * the pack says: not negated, not in the past, in a sentence that also names a day…
 */
import { fill } from '../fill';
import type { Profile } from '../profile';
import { datesIn } from './dates';
import { anyOf, compileQuotes, compileSet, evidenceOf, setHits, setsHits, test, wordsShow, type CompiledSet, type MatchContext } from './match';
import { FACET_IDS, FINDING_IDS, type CoachRules, type FacetId, type FindingForm, type FindingId, type Severity } from './rules';
import { EN_RULES } from './rules.en';
import { DraftSentences } from './sentences';
import { countWords, ownText, wordsSpan, type QuoteRules, type TextSpan } from './text';

export { FINDING_IDS, type FacetId, type FindingId };

interface FacetCoverage {
  id: FacetId;
  covered: boolean;
  /** The words in the draft that show it, as written, once each, first five. */
  evidence: string[];
}

interface Finding {
  id: FindingId;
  severity: Severity;
  /** One line saying why it hurts the request. */
  message: string;
  /** Where in the text given to `analyzeDraft` it shows first (offsets into that exact string). */
  span: TextSpan;
  /** The whole sentence that span is in: what a better phrasing replaces. */
  sentence: TextSpan;
  /** One or two better phrasings for that sentence, fill-ins applied; none for length or a missing date. */
  fixes: string[];
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
  /** The user's fill-ins, for the better phrasings' `{placeholders}`. */
  fillIns?: Readonly<Record<string, string | undefined>>;
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
const FACET_WEIGHTS: Readonly<Record<FacetId, number>> = {
  schedule: 16,
  'business-benefit': 16,
  indicator: 16,
  trial: 12,
  communication: 12,
  'next-step': 10,
  'track-record': 9,
  sweetener: 9,
};

/** @internal Exported for its unit tests. */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { high: 15, medium: 8, low: 4 };

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

interface CompiledForm {
  message: string;
  fixes: readonly string[];
  sets: CompiledSet[];
}

interface CompiledRules {
  facets: Record<FacetId, CompiledSet[]>;
  forms: { id: FindingId; severity: Severity; forms: CompiledForm[] }[];
  announcement: CompiledForm & { declarations: CompiledSet; requests: RegExp | null; confirmations: RegExp | null };
  personalFirst: { sets: CompiledSet[]; unless: RegExp | null; pleasantries: RegExp | null; answers: RegExp | null };
  hedging: CompiledSet;
  asks: CompiledSet;
  starters: RegExp;
  start: CompiledSet;
  quotes: QuoteRules;
  greeting: RegExp;
}

function compileForm(form: FindingForm): CompiledForm {
  return { message: form.message, fixes: form.fixes, sets: form.sets.map(compileSet) };
}

function compile(rules: CoachRules): CompiledRules {
  const f = rules.findings;
  const facets = {} as Record<FacetId, CompiledSet[]>;
  for (const id of FACET_IDS) facets[id] = rules.facets[id].sets.map(compileSet);
  const phraseIds = ['ultimatum', 'care-while-working', 'office-complaint', 'group-request', 'pay-cut', 'overclaiming'] as const;
  const { announcement } = f.entitlement;
  return {
    facets,
    forms: [
      ...phraseIds.map((id) => ({ id, severity: f[id].severity, forms: f[id].forms.map(compileForm) })),
      { id: 'entitlement' as const, severity: f.entitlement.severity, forms: f.entitlement.forms.map(compileForm) },
    ],
    announcement: {
      ...compileForm(announcement),
      declarations: compileSet(announcement.declarations),
      requests: anyOf(announcement.requests),
      confirmations: anyOf(announcement.confirmations),
    },
    personalFirst: {
      sets: f['personal-first'].sets.map(compileSet),
      unless: anyOf(f['personal-first'].unless),
      pleasantries: anyOf(f['personal-first'].pleasantries),
      answers: anyOf(f['personal-first'].answers),
    },
    hedging: compileSet(f.hedging),
    asks: compileSet(f['no-start-date'].asks),
    starters: new RegExp(f['no-start-date'].starters.source, 'gi'),
    start: compileSet(f['no-start-date'].start),
    quotes: compileQuotes(rules.quotes),
    greeting: new RegExp(rules.greeting.source, 'i'),
  };
}

const compiled = new WeakMap<CoachRules, CompiledRules>();

function compiledFor(rules: CoachRules): CompiledRules {
  let found = compiled.get(rules);
  if (!found) {
    found = compile(rules);
    compiled.set(rules, found);
  }
  return found;
}

const PLEASANTRY_LENGTH = 60;

/**
 * The first sentences after the greeting, pleasantries and memo lines: where a reader decides what
 * the email is about.
 */
function openingOf(context: MatchContext, rules: CompiledRules, count: number): TextSpan[] {
  const { text, sentences } = context;
  const greeting = rules.greeting.exec(text);
  const from = greeting ? greeting.index + greeting[0].length : 0;
  const picked: TextSpan[] = [];
  for (const sentence of sentences.list) {
    if (sentence.end <= from) continue;
    // A greeting on the same line as the first sentence ("Hi Ian, the boiler's packed in…") is not part of it.
    const part = sentence.start < from ? { start: from, end: sentence.end } : sentence;
    const words = text.slice(part.start, part.end);
    if (!/\p{L}/u.test(words)) continue;
    // A short pleasantry says nothing about the reason; a long sentence that starts with one may.
    if (picked.length === 0 && words.trim().length <= PLEASANTRY_LENGTH && test(rules.personalFirst.pleasantries, words)) continue;
    picked.push(part);
    if (picked.length === count) break;
  }
  return picked;
}

/** A finding's form: the first that matches gives the message; every form's hits are evidence. */
function formHits(forms: readonly CompiledForm[], context: MatchContext): { form: CompiledForm; hits: TextSpan[] } | null {
  let first: CompiledForm | null = null;
  const hits: TextSpan[] = [];
  for (const form of forms) {
    const found = setsHits(form.sets, context);
    if (found.length > 0 && !first) first = form;
    hits.push(...found);
  }
  return first ? { form: first, hits: hits.sort((a, b) => a.start - b.start) } : null;
}

/** Announcing: its own phrases anywhere, or declarations in an email that nowhere asks or confirms. */
function announcementHits(rules: CompiledRules, context: MatchContext): TextSpan[] {
  const { announcement } = rules;
  const hits = setsHits(announcement.sets, context);
  if (test(announcement.confirmations, context.text)) return hits;
  const declarations = setHits(announcement.declarations, context);
  if (declarations.length === 0) return hits;
  const asks = context.sentences.list.some((sentence) => context.sentences.question(sentence)) || test(announcement.requests, context.text);
  return asks ? hits : [...hits, ...declarations].sort((a, b) => a.start - b.start);
}

/** `{name}` from the user's fill-ins, else the draft's own words for it, else the pack's default. */
function fillFix(template: string, fillIns: Readonly<Record<string, string | undefined>>, fromDraft: Readonly<Record<string, string>>, defaults: Readonly<Record<string, string>>): string {
  const values: Record<string, string | undefined> = { ...defaults, ...fromDraft };
  for (const [name, value] of Object.entries(fillIns)) if (typeof value === 'string' && value.trim()) values[name] = value;
  return fill(template, values as Profile).text;
}

/**
 * Reads a draft and reports coverage, findings and a score. `text` is what the compose body
 * holds (see `treeText`); quoted history and the signature in it are ignored, and every span
 * in the result is an offset into `text` as given.
 */
export function analyzeDraft(text: string, options: AnalyzeOptions = {}): DraftAnalysis {
  // A blank draft covers nothing and shows nothing, known without the pack: a worker just woken
  // would otherwise compile its patterns for the first panel of an empty compose.
  if (!/\S/.test(text)) return { coverage: FACET_IDS.map((id) => ({ id, covered: false, evidence: [] })), coveredCount: 0, findings: [], score: 0, wordCount: 0 };
  const pack = options.rules ?? EN_RULES;
  const rules = compiledFor(pack);
  const own = ownText(text, rules.quotes);
  const lower = own.text;
  const wordCount = countWords(lower);
  const sentences = new DraftSentences(own.cased, lower);
  const dateCache = new Map<number, TextSpan[]>();
  const context: MatchContext = {
    text: lower,
    sentences,
    dates: (sentence) => {
      let found = dateCache.get(sentence.start);
      if (!found) {
        found = datesIn(own.cased, sentence);
        dateCache.set(sentence.start, found);
      }
      return found;
    },
  };

  const facetHits = {} as Record<FacetId, TextSpan[]>;
  const coverage: FacetCoverage[] = FACET_IDS.map((id) => {
    const hits = setsHits(rules.facets[id], context);
    facetHits[id] = hits;
    return { id, covered: hits.length > 0, evidence: evidenceOf(hits, text) };
  });

  const fromDraft: Record<string, string> = {};
  const days = coverage[0]?.evidence[0];
  if (days) fromDraft.days = days;
  const sentenceOf = (span: TextSpan): TextSpan => {
    const sentence = sentences.at(span.start);
    return sentence ? { start: sentence.start, end: sentence.end } : { start: span.start, end: span.end };
  };
  const found: Finding[] = [];
  const report = (id: FindingId, severity: Severity, message: string, hits: readonly TextSpan[], fixes: readonly string[], span?: TextSpan) => {
    const first = span ?? hits[0];
    if (!first) return;
    found.push({
      id,
      severity,
      message,
      span: { start: first.start, end: first.end },
      sentence: fixes.length > 0 ? sentenceOf(first) : { start: first.start, end: first.end },
      fixes: fixes.map((fix) => fillFix(fix, options.fillIns ?? {}, fromDraft, pack.fixDefaults)),
      evidence: evidenceOf(hits, text),
    });
  };

  const personal = pack.findings['personal-first'];
  const opening = openingOf(context, rules, personal.sentences);
  const openingText = opening.map((sentence) => lower.slice(sentence.start, sentence.end)).join(' ');
  const answering = opening[0] !== undefined && test(rules.personalFirst.answers, lower.slice(opening[0].start, opening[0].end));
  if (opening.length > 0 && !answering && !test(rules.personalFirst.unless, openingText)) {
    const hits = opening.flatMap((sentence) => setsHits(rules.personalFirst.sets, context, sentence));
    report('personal-first', personal.severity, personal.message, hits, personal.fixes);
  }

  for (const finding of rules.forms) {
    const match = formHits(finding.forms, context);
    if (match) report(finding.id, finding.severity, match.form.message, match.hits, match.form.fixes);
  }
  if (!found.some((finding) => finding.id === 'entitlement')) {
    const hits = announcementHits(rules, context);
    if (hits.length > 0) report('entitlement', pack.findings.entitlement.severity, rules.announcement.message, hits, rules.announcement.fixes);
  }

  const hedging = pack.findings.hedging;
  const hedges = setHits(rules.hedging, context, undefined, Infinity);
  if (hedges.length >= Math.max(hedging.minCount, Math.ceil(wordCount / hedging.wordsPerMatch))) {
    report('hedging', hedging.severity, hedging.message, hedges, hedging.fixes);
  }

  const tooLong = pack.findings['too-long'];
  if (wordCount > tooLong.maxWords) {
    const message = tooLong.message.replace('{wordCount}', String(wordCount)).replace('{maxWords}', String(tooLong.maxWords));
    report('too-long', tooLong.severity, message, [], [], wordsSpan(lower));
  }

  const noStart = pack.findings['no-start-date'];
  const asks = facetHits.schedule.length > 0 ? facetHits.schedule : setHits(rules.asks, context);
  if (asks.length > 0 && !hasStart(rules, context)) report('no-start-date', noStart.severity, noStart.message, asks, []);

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

/** A start point: a date right after a starting word ("from 3 March", "starting next week"), or a phrase that is one. */
function hasStart(rules: CompiledRules, context: MatchContext): boolean {
  if (setHits(rules.start, context).length > 0) return true;
  const { text, sentences } = context;
  rules.starters.lastIndex = 0;
  for (let m = rules.starters.exec(text); m; m = rules.starters.exec(text)) {
    const sentence = sentences.at(m.index);
    if (!sentence) continue;
    const after = m.index + m[0].length;
    if (context.dates(sentence).some((date) => date.start >= after - 1 && date.start <= after + 12)) return true;
  }
  return false;
}

/** Which facets a short text's words show. */
export interface FacetsShown {
  has(facet: FacetId): boolean;
}

/**
 * The facets a short text's words show (`wordsShow`), for telling which facet a pitch point fills.
 * Each facet is read when first asked about: the panel only asks about two, and a pattern's first
 * run costs its compilation, which a worker just woken pays again.
 */
export function facetsInWords(text: string, rules: CoachRules = EN_RULES): FacetsShown {
  const { facets } = compiledFor(rules);
  const lower = text.toLowerCase();
  const read = new Map<FacetId, boolean>();
  return {
    has: (facet) => {
      let shown = read.get(facet);
      if (shown === undefined) {
        shown = facets[facet].some((set) => wordsShow(set, lower));
        read.set(facet, shown);
      }
      return shown;
    },
  };
}

/** A pitch point's `{placeholders}` filled from the user's fill-ins, else the pack's defaults, for reading its words. */
export function withDefaults(text: string, fillIns: Readonly<Record<string, string | undefined>>, rules: CoachRules = EN_RULES): string {
  return fillFix(text, fillIns, {}, rules.fixDefaults);
}

/**
 * Labels and reasons for the checklist, in `FACET_IDS` order, from a language pack.
 * @internal Exported for its unit tests.
 */
export function facetInfo(rules: CoachRules = EN_RULES): FacetInfo[] {
  return FACET_IDS.map((id) => ({ id, label: rules.facets[id].label, why: rules.facets[id].why }));
}

/** English labels and reasons for the checklist. */
export const FACETS: readonly FacetInfo[] = facetInfo(EN_RULES);
