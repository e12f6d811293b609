/**
 * The compose panel's parts for whole drafts, drawn as plain data (`ViewNode`) by the service
 * worker and built in the page (see `content/features/drafts/`): the buttons that insert a draft the
 * popup built, and, while the formal-request mode is on, the checklist of what the law asks the
 * request to contain. No DOM and no extension API here.
 */
import type { ElementCheck } from '../core/draft/statutory-check';
import { jurisdictionOf, type StatutoryMode } from '../core/draft/statutory-rules';
import type { DraftKind } from '../core/draft/saved-draft';
import type { ViewNode } from './view-node';

/** A draft as the panel inserts it: `title` names it in the fill-ins prompt. */
export interface DraftText {
  title: string;
  text: string;
}

interface Offer {
  kind: DraftKind | 'recap';
  label: string;
  testId: string;
  hint: string;
}

const DRAFT_OFFERS: readonly Offer[] = [
  { kind: 'request', label: 'Insert full draft', testId: 'rp-insert-draft', hint: 'Insert the whole request you built in the Remote Pitch popup, at the caret' },
  { kind: 'recap', label: 'Insert recap', testId: 'rp-insert-recap', hint: 'Insert the recap of your meeting (from the outcome log in the Remote Pitch popup), at the caret' },
];

/**
 * One button per draft there is. Each holds only its label, so a click lands on the button itself,
 * and its `value` names the draft; the panel's `.actions` styles apply.
 */
export function draftsView(kinds: readonly Offer['kind'][] = ['request']): ViewNode {
  return ['div', { class: 'actions rp-drafts', role: 'group', 'aria-label': 'Whole drafts' },
    ...DRAFT_OFFERS.filter((offer) => kinds.includes(offer.kind)).map(({ kind, label, testId, hint }): ViewNode => ['button', { type: 'button', value: kind, 'data-testid': testId, title: hint }, label])];
}

/**
 * What a formal request must hold, each item present or missing in the compose's draft, in the
 * coach's checklist style (its `facet` styles, which the coach's section brings).
 */
export function statutoryView(mode: StatutoryMode, checks: readonly ElementCheck[]): ViewNode {
  return ['div', { class: 'rp-statutory', role: 'group', 'aria-label': `Formal request: ${jurisdictionOf(mode).name}` },
    ['b', {}, `Formal request (${jurisdictionOf(mode).name})`],
    ['ul', { class: 'facets' },
      ...checks.map(({ id, label, present }): ViewNode => ['li', {
        class: 'facet',
        'data-testid': 'rp-draft-check',
        'data-element': id,
        'data-present': String(present),
        'data-covered': String(present),
        'aria-label': `${label}: ${present ? 'present' : 'missing'}`,
      }, ['span', { 'aria-hidden': 'true' }, present ? '✓' : '○'], label])]];
}
