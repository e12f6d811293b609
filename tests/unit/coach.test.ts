import { describe, expect, it } from 'vitest';
import { FACET_IDS } from '../../src/core/coach/rules';
import { analyzeDraft, type DraftAnalysis, FACETS, facetInfo, SEVERITY_PENALTY, type FacetId, type FindingId } from '../../src/core/coach/analyze';
import { re, type CoachRules } from '../../src/core/coach/rules';
import { countWords } from '../../src/core/coach/text';
import { EN_RULES } from '../../src/core/coach/rules.en';
import {
  GMAIL_REPLY,
  GMAIL_REPLY_WRAPPED,
  INLINE_REPLY,
  LONG,
  ORIGINAL_MESSAGE,
  OUTLOOK_REPLY,
  STRONG_UK,
  STRONG_US,
  TRAPS,
  WEAK,
  WITH_SIGNATURE,
} from './drafts/whole';

const coveredIds = (a: DraftAnalysis): FacetId[] => a.coverage.filter((c) => c.covered).map((c) => c.id);
const findingIds = (a: DraftAnalysis): FindingId[] => a.findings.map((f) => f.id);

describe('whole drafts', () => {
  it.each([
    ['American', STRONG_US],
    ['British, with a bullet list and curly quotes', STRONG_UK],
  ])('a strong %s draft covers every facet, has no findings and scores high', (_name, text) => {
    const analysis = analyzeDraft(text);
    expect(coveredIds(analysis)).toEqual([...FACET_IDS]);
    expect(analysis.findings).toEqual([]);
    expect(analysis.coveredCount).toBe(8);
    expect(analysis.score).toBeGreaterThanOrEqual(85);
  });

  it('a weak draft scores low and names what hurts it', () => {
    const analysis = analyzeDraft(WEAK);
    expect(analysis.score).toBeLessThanOrEqual(20);
    expect(findingIds(analysis)).toEqual(
      expect.arrayContaining(['personal-first', 'ultimatum', 'entitlement', 'care-while-working', 'office-complaint', 'hedging']),
    );
    expect(analysis.coveredCount).toBeLessThanOrEqual(1);
  });

  it('a long draft over 400 words still covers everything but is flagged as too long', () => {
    const analysis = analyzeDraft(LONG);
    expect(analysis.wordCount).toBeGreaterThan(400);
    expect(coveredIds(analysis)).toEqual([...FACET_IDS]);
    expect(findingIds(analysis)).toEqual(['too-long']);
    expect(analysis.score).toBe(100 - SEVERITY_PENALTY[analysis.findings[0]?.severity ?? 'high']);
  });

  it('a one-line ask covers only the schedule and scores low', () => {
    const analysis = analyzeDraft('Can I work from home on Fridays?');
    expect(coveredIds(analysis)).toEqual(['schedule']);
    expect(findingIds(analysis)).toEqual(['no-start-date']);
    expect(analysis.score).toBeLessThan(20);
    expect(analysis.wordCount).toBe(7);
  });

  it('an empty draft has nothing covered, nothing found, and a score of 0', () => {
    const analysis = analyzeDraft('');
    expect(analysis.coverage).toHaveLength(8);
    expect(analysis.coveredCount).toBe(0);
    expect(analysis.findings).toEqual([]);
    expect(analysis.score).toBe(0);
    expect(analysis.wordCount).toBe(0);
    // Blank is blank however it is spaced, and reads as a draft whose only lines are quoted.
    expect(analyzeDraft(' \n\t \n')).toEqual(analysis);
    expect(analyzeDraft('> Could you work from home on Fridays from 3 March?')).toEqual(analysis);
  });

  it('reads a plain-text bullet list line by line', () => {
    const text = [
      'Hi Sam, my proposal:',
      '- Tuesdays and Thursdays from home, from 3 March',
      '* Online 9-5 on Slack, camera on for stand-up',
      '1. Review after six weeks',
      '• Measured on tickets closed per week',
    ].join('\n');
    const analysis = analyzeDraft(text);
    expect(coveredIds(analysis)).toEqual(['schedule', 'indicator', 'trial', 'communication']);
    expect(analysis.findings).toEqual([]);
  });

  it('words used in another sense count for nothing', () => {
    const analysis = analyzeDraft(TRAPS);
    expect(coveredIds(analysis)).toEqual([]);
    expect(analysis.findings).toEqual([]);
  });

  it('the better draft always scores higher', () => {
    const scores = [WEAK, 'Can I work from home on Fridays?', STRONG_US].map((text) => analyzeDraft(text).score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});

describe('only the user’s own words in this message are judged', () => {
  it.each([
    ['a Gmail reply', GMAIL_REPLY, 6],
    ['a Gmail reply whose attribution wraps', GMAIL_REPLY_WRAPPED, 5],
    ['an Outlook reply with its header block', OUTLOOK_REPLY, 7],
    ['an "Original Message" reply', ORIGINAL_MESSAGE, 5],
  ])('ignores the quoted history in %s', (_name, text, words) => {
    const analysis = analyzeDraft(text);
    expect(coveredIds(analysis)).toEqual([]);
    expect(analysis.findings).toEqual([]);
    expect(analysis.wordCount).toBe(words);
  });

  it('reads the answers between quoted lines of an inline reply, but not the quoted lines', () => {
    const analysis = analyzeDraft(INLINE_REPLY);
    expect(coveredIds(analysis)).toEqual(['schedule', 'indicator']);
    expect(findingIds(analysis)).toEqual([]);
    expect(analysis.coverage.find((c) => c.id === 'trial')?.covered).toBe(false);
  });

  it('keeps offsets into the original text when quoted lines come first', () => {
    const analysis = analyzeDraft(INLINE_REPLY);
    const schedule = analysis.coverage.find((c) => c.id === 'schedule');
    expect(schedule?.evidence[0]).toBe('Tuesdays and Thursdays');
    const text = `${INLINE_REPLY}\nOtherwise I'll have to look elsewhere.`;
    const ultimatum = analyzeDraft(text).findings.find((f) => f.id === 'ultimatum');
    expect(ultimatum && text.slice(ultimatum.span.start, ultimatum.span.end)).toBe("Otherwise I'll have to look elsewhere");
  });

  it('ignores the signature after a "-- " line, numbers and all', () => {
    const analysis = analyzeDraft(WITH_SIGNATURE);
    expect(coveredIds(analysis)).toEqual(['schedule']);
    expect(findingIds(analysis)).toEqual([]);
    expect(analysis.wordCount).toBe(12);
  });

  it('treats "--" without the trailing space, and Windows line ends, as a signature delimiter too', () => {
    const text = 'Could I work from home on Fridays from next month?\r\n--\r\nAlex | KPI lead | I deserve better';
    const analysis = analyzeDraft(text);
    expect(analysis.findings).toEqual([]);
    expect(analysis.coverage.find((c) => c.id === 'indicator')?.covered).toBe(false);
  });

  it('cuts "Sent from my iPhone" and what follows', () => {
    const analysis = analyzeDraft('Tuesdays from home from 3 March?\n\nSent from my iPhone\n\n> I deserve it');
    expect(analysis.wordCount).toBe(6);
  });

  it('does not mistake an ordinary sentence starting with "On" for a reply header', () => {
    const analysis = analyzeDraft('On Tuesdays I would work from home from 3 March.\nCould we find 20 minutes this week?');
    expect(coveredIds(analysis)).toEqual(['schedule', 'next-step']);
  });
});

describe('options', () => {
  it('leaves dismissed findings out of the list and the score', () => {
    const text = `${STRONG_US}\n\nI deserve it.`;
    const full = analyzeDraft(text);
    const dismissed = analyzeDraft(text, { dismissed: ['entitlement'] });
    expect(findingIds(full)).toContain('entitlement');
    expect(findingIds(dismissed)).not.toContain('entitlement');
    const entitlement = full.findings.find((finding) => finding.id === 'entitlement');
    expect(dismissed.score).toBe(full.score + SEVERITY_PENALTY[entitlement?.severity ?? 'low']);
  });

  it('reads another language when given its rules, with its own labels', () => {
    const german: CoachRules = {
      ...EN_RULES,
      language: 'de',
      facets: { ...EN_RULES.facets, trial: { label: 'Probephase', why: 'Eine Probephase senkt das Risiko.', sets: [{ cues: [re`\bprobe(?:phase|zeit)\b`] }] } },
    };
    const text = 'Wir könnten mit einer Probephase von sechs Wochen anfangen.';
    const trialIn = (a: DraftAnalysis) => a.coverage.find((c) => c.id === 'trial')?.covered;
    expect(trialIn(analyzeDraft(text))).toBe(false);
    expect(trialIn(analyzeDraft(text, { rules: german }))).toBe(true);
    expect(facetInfo(german).find((f) => f.id === 'trial')?.label).toBe('Probephase');
  });
});

describe('facet labels', () => {
  it('has a label and a one-line reason for every facet, in the fixed order', () => {
    expect(FACETS.map((f) => f.id)).toEqual([...FACET_IDS]);
    for (const facet of FACETS) {
      expect(facet.label.length).toBeGreaterThan(3);
      expect(facet.why).not.toContain('\n');
    }
  });
});

describe('robustness', () => {
  it.each([
    ['2,000 quoted lines', '> quoted line\n'.repeat(2000)],
    ['a 20,000-character run with no full stop', 'working from home on tuesdays with my kids while '.repeat(400)],
    ['100 lines that start like a reply header', `On Monday ${'x'.repeat(199)}\n`.repeat(100)],
    ['thousands of repeated cue starts', 'i will from delivered the a '.repeat(1000)],
  ])('reads %s and answers', (_name, text) => {
    // Speed is npm run bench's to measure; here a pattern that backtracks badly, or a walk that
    // recurses per sentence, fails by timing out or overflowing the stack.
    const analysis = analyzeDraft(text);
    expect(analysis.coverage).toHaveLength(8);
    expect(analysis.wordCount).toBe(countWords(text.replace(/^>.*$/gm, '')));
  });

  it('keeps offsets right when a letter changes length in lower case', () => {
    const text = 'İstanbul office. Otherwise I will have to look elsewhere.';
    const ultimatum = analyzeDraft(text).findings.find((f) => f.id === 'ultimatum');
    expect(ultimatum && text.slice(ultimatum.span.start, ultimatum.span.end)).toBe('Otherwise I will have to look elsewhere');
  });
});
