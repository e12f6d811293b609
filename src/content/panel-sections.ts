import type { PitchPoint } from '../core/point';

/** What a panel section (the draft coach) gets to know about the compose it serves. */
export interface DraftContext {
  body: HTMLElement;
  /** Quoted replies and signatures in the body, which are not the user's words. */
  quoteSelectors: readonly string[];
  /** Points inserted into this compose since it was opened. */
  insertedIds: ReadonlySet<string>;
  /** The launcher's status slot (e.g. coverage "5/8"); hidden until given text. */
  badge: HTMLElement;
}

/**
 * A part of the panel added by another feature. The panel calls `open` with an empty section of its
 * own when it opens, `update` on each `input` in the body while it is open and after each insertion;
 * `signal` aborts when the panel closes. Debouncing is the section's business.
 */
export interface PanelSection {
  open(section: HTMLElement, draft: DraftContext, signal: AbortSignal): void;
  update(section: HTMLElement, draft: DraftContext): void;
  /** A point was just inserted (the panel has closed by then): the moment to refresh the badge. */
  inserted?(draft: DraftContext): void;
}

/** Reorders the offered points for a compose (the coach's ranking); the default keeps category order. */
export type SuggestionOrder = (points: PitchPoint[], draft: DraftContext) => PitchPoint[];

export const panelSections: PanelSection[] = [];
let order: SuggestionOrder = (points) => points;

export function registerPanelSection(section: PanelSection): void {
  panelSections.push(section);
}

export function setSuggestionOrder(next: SuggestionOrder): void {
  order = next;
}

export function orderSuggestions(points: PitchPoint[], draft: DraftContext): PitchPoint[] {
  return order(points, draft);
}
