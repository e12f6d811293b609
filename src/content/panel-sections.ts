import type { PitchPoint } from '../core/point';

/**
 * What a panel section (the draft coach) gets to know about the compose it serves. It is the same
 * object in every call for the compose's whole life (its session), so a feature may key its own
 * per-compose state on it; `body` always answers with the body as the site renders it now.
 */
export interface DraftContext {
  readonly body: HTMLElement;
  /** Quoted replies and signatures in the body, which are not the user's words. */
  readonly quoteSelectors: readonly string[];
  /** Points inserted into this compose since it was opened. */
  readonly insertedIds: ReadonlySet<string>;
  /** Short status beside the launcher's icon (the coach's "5/8") and its spoken form; null hides it. */
  showBadge(text: string | null, spoken?: string): void;
}

/**
 * A part of the panel added by another feature, and of the compose's life around it. `open` gets an
 * empty section of the panel's own when the panel opens, with a `signal` that aborts when it
 * closes; `update` hears each `input` in the body while the panel is open, `typed` while it is
 * closed. Debouncing is the section's business.
 */
export interface PanelSection {
  /** A compose was found (it may already hold a draft); `signal` aborts when the compose goes away. */
  discovered?(draft: DraftContext, signal: AbortSignal): void;
  open(section: HTMLElement, draft: DraftContext, signal: AbortSignal): void;
  update(section: HTMLElement, draft: DraftContext): void;
  typed?(draft: DraftContext): void;
  /** A point was just inserted (the panel has closed by then): the moment to refresh the badge. */
  inserted?(draft: DraftContext): void;
}

/** Reorders the offered points for a compose (the coach's ranking); the default keeps category order. */
export type SuggestionOrder = (points: PitchPoint[], draft: DraftContext) => PitchPoint[] | Promise<PitchPoint[]>;

export const panelSections: PanelSection[] = [];
let order: SuggestionOrder = (points) => points;

export function registerPanelSection(section: PanelSection): void {
  panelSections.push(section);
}

export function setSuggestionOrder(next: SuggestionOrder): void {
  order = next;
}

/** The points in the ranking's order; as given when the ranking fails, so the panel still lists them. */
export async function orderSuggestions(points: PitchPoint[], draft: DraftContext): Promise<PitchPoint[]> {
  try {
    return await order(points, draft);
  } catch {
    return points;
  }
}
