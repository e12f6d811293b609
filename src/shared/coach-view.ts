/**
 * The coach's section of the compose panel, drawn as plain data (`ViewNode`) by the service worker
 * next to the analysis, and built in the page by `build`. Keeping the drawing, its words and its
 * styles here, out of the script every mail page loads, is what lets that script stay small.
 * No DOM and no extension API in this file.
 */
import { FACETS, type DraftAnalysis, type FacetId, type FacetInfo, type FindingId } from '../core/coach/analyze';
import type { PitchPoint } from '../core/point';
import type { ViewNode } from './view-node';

/**
 * Scoped to the coach's classes; it lives in the panel's shadow root like the rest of our styles
 * (ui-styles.ts), whose colours it uses. The section keeps its height and the list of points gives
 * way, down to a few rows. The tip of a checklist item shows while the item is hovered or has
 * keyboard focus, and never takes a click: it can lie over the fill-in form that a facet's offered
 * point opens.
 */
const COACH_CSS = `
:host{--ok:#137333}:host([data-theme=dark]){--ok:#81c995}
.coach{flex-shrink:0}.list{min-height:80px}
.rp-coach{display:flex;flex-direction:column;gap:6px;font-size:12px}
.ch{display:flex;justify-content:space-between}
.facets,.findings{list-style:none;margin:0;padding:0}
.facets{position:relative;display:grid;grid-template-columns:1fr 1fr;gap:2px 8px}
.facet{display:flex;flex-wrap:wrap;gap:0 6px;padding:1px 4px;border-radius:6px;color:var(--muted)}
.facet[data-covered=true]{color:var(--fg)}
.facet[data-covered=true] [aria-hidden]{color:var(--ok)}
.facet:focus-visible{outline:2px solid var(--accent)}
.tip{display:none;position:absolute;bottom:100%;left:0;right:0;margin-bottom:6px;padding:6px 8px;border-radius:8px;background:var(--fg);color:var(--bg);box-shadow:0 2px 8px rgba(0,0,0,.3);pointer-events:none}
.facet:hover .tip,.facet:focus .tip{display:block}
.findings{max-height:160px;overflow:auto}
.finding{display:flex;gap:6px;align-items:flex-start;margin-top:4px;padding:4px 6px;border-left:3px solid var(--line);border-radius:4px;background:var(--hover)}
.finding[data-severity=high]{border-left-color:var(--warn)}
.finding span{flex:1}
.ev{display:block;color:var(--muted);font-style:italic}
.x{order:1;border:0;background:none;color:var(--muted);font-size:16px;line-height:1;padding:0 4px;border-radius:6px}
.fixes{display:flex;flex-direction:column;gap:3px;margin-top:4px}
.fix,.pick{border:1px solid var(--line);background:var(--bg);color:var(--fg);border-radius:6px;padding:2px 6px;font:inherit;text-align:left;cursor:pointer}
.fix:hover,.pick:hover,.fix:focus-visible,.pick:focus-visible{border-color:var(--accent);outline:none}
.pick{display:block;margin-top:2px;max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:var(--accent)}
`;

export interface CoachBadge {
  /** Covered facets out of all, e.g. "5/8". */
  text: string;
  /** The same for a screen reader, which hears the launcher's name rather than its badge. */
  spoken: string;
}

/** What the launcher shows without opening the panel; nothing while the draft is empty. */
export function coachBadge({ coveredCount, coverage, wordCount }: DraftAnalysis): CoachBadge | null {
  if (wordCount === 0) return null;
  return { text: `${coveredCount}/${coverage.length}`, spoken: `Draft covers ${coveredCount} of ${coverage.length} parts of a strong request` };
}

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

/** What the worker offers beside the analysis: where each flagged sentence is in the page, and points from the library. */
export interface CoachOffers {
  /**
   * Per finding, where its sentence is in the page's body, as the JSON of `{ start, end }` points
   * (a child-index path and an offset each, see `DraftLayout`); a finding without one gets its
   * phrasings as text only.
   */
  places?: Partial<Record<FindingId, string>>;
  /** Per missing facet, the library's best point for it (`pointsForGaps`). */
  points?: Partial<Record<FacetId, Pick<PitchPoint, 'id' | 'title'>>>;
}

/**
 * The section: score, the checklist (each item focusable, its tip saying which words
 * cover it or why it matters, linked by aria-describedby; a missing one offers the library's best
 * point for it), and the findings, each with better phrasings that replace the flagged sentence and
 * a button that dismisses it for this draft. Every focusable element has an id, so the page can put
 * focus back on the same one after a redraw.
 */
export function coachView(analysis: DraftAnalysis, facets: readonly FacetInfo[] = FACETS, offers: CoachOffers = {}): ViewNode {
  const info = new Map(facets.map((facet) => [facet.id, facet]));
  // One Tab stop for the checklist: the first item, the arrows go through the rest (a roving tab index).
  const items = analysis.coverage.map(({ id, covered, evidence }, index): ViewNode => {
    const facet = info.get(id);
    const label = facet?.label ?? id;
    const tip = covered ? `Found: ${quoted(evidence)}. ${facet?.why ?? ''}` : `Not in the draft yet. ${facet?.why ?? ''}`;
    const point = covered ? undefined : offers.points?.[id];
    return ['li', {
      id: `rp-f-${id}`,
      class: 'facet rp-facet',
      'data-testid': 'rp-facet',
      'data-facet': id,
      'data-covered': String(covered),
      tabindex: index === 0 ? '0' : '-1',
      'aria-label': `${label}: ${covered ? 'covered' : 'missing'}`,
      'aria-describedby': `rp-t-${id}`,
    }, ['span', { 'aria-hidden': 'true' }, covered ? '✓' : '○'], label, ['span', { class: 'tip', id: `rp-t-${id}`, role: 'tooltip' }, tip.trim()],
    ...(point ? [['button', {
      type: 'button',
      class: 'pick rp-facet-point',
      id: `rp-p-${id}`,
      'data-testid': 'rp-facet-point',
      'data-pick': point.id,
      tabindex: '-1',
      title: `Insert your point “${point.title}”`,
      'aria-label': `Insert your point “${point.title}” for ${label}`,
    }, `+ ${point.title}`] as ViewNode] : [])];
  });
  const findings = analysis.findings.map(({ id, severity, message, evidence, fixes }): ViewNode => {
    const place = offers.places?.[id];
    const phrasings: ViewNode[] = fixes.map((fix, index) => place
      ? ['button', {
        type: 'button',
        class: 'fix rp-fix',
        id: `rp-r-${id}-${index}`,
        'data-testid': 'rp-fix',
        'data-fix': place,
        'data-text': fix,
        title: 'Replace the flagged sentence with this',
      }, `“${fix}”`]
      : ['span', { class: 'fix rp-fix-text' }, `“${fix}”`]);
    // The dismiss button comes first, as it did before there were phrasings; CSS shows it last.
    return ['li', { class: 'finding rp-finding', 'data-testid': 'rp-finding', 'data-finding-id': id, 'data-severity': severity },
      ['button', { type: 'button', class: 'x', id: `rp-x-${id}`, 'data-dismiss': id, title: 'Dismiss for this draft', 'aria-label': `Dismiss for this draft: ${message}` }, '×'],
      ['span', {}, message, ...(evidence.length > 0 ? [['span', { class: 'ev' }, quoted(evidence.slice(0, 2))] as ViewNode] : []),
        ...(phrasings.length > 0 ? [['span', { class: 'fixes', role: 'group', 'aria-label': 'Better phrasings' }, ...phrasings] as ViewNode] : [])]];
  });

  return ['div', { class: 'rp-coach', 'data-testid': 'rp-coach', role: 'group', 'aria-label': 'Draft coach' },
    ['style', {}, COACH_CSS],
    ['div', { class: 'ch' }, ['b', {}, 'Draft coach'], ['span', {}, 'Score ', ['b', { class: 'rp-score', 'data-testid': 'rp-score' }, String(analysis.score)], '/100']],
    ['ul', { class: 'facets', 'aria-label': 'What a strong request covers', 'data-rove': '' }, ...items],
    ...(analysis.wordCount === 0 ? [['p', { class: 'empty' }, 'Start writing: the checklist follows your draft.'] as ViewNode] : []),
    ...(findings.length > 0 ? [['ul', { class: 'findings', 'aria-label': 'What may hurt the request' }, ...findings] as ViewNode] : []),
  ];
}
