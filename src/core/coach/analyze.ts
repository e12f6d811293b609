/**
 * The draft coach: reads the request email the user is writing and says which parts of a
 * strong request it covers, what in its tone hurts it, and a score. Pure and synchronous, so
 * the compose panel can call it on every pause in typing.
 *
 * The words it looks for come from a language pack (`rules.en.ts` by default), compiled and
 * matched by `match.ts`; this file turns the matches into coverage, findings and a score.
 */
import { anyMatch, compiledFor, evidenceOf, findAll, matches, type CompiledRules } from './match';
import { FACET_IDS, FINDING_IDS, type CoachRules, type FacetId, type FindingId, type Severity } from './rules';
import { EN_RULES } from './rules.en';
import { countWords, ownText, sentences, wordsSpan, type TextSpan } from './text';

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

/**
 * Labels and reasons for the checklist, in `FACET_IDS` order, from a language pack.
 * @internal Exported for its unit tests.
 */
export function facetInfo(rules: CoachRules = EN_RULES): FacetInfo[] {
  return FACET_IDS.map((id) => ({ id, label: rules.facets[id].label, why: rules.facets[id].why }));
}

/** English labels and reasons for the checklist. */
export const FACETS: readonly FacetInfo[] = facetInfo(EN_RULES);
