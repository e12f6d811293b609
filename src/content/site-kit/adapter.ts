import type { SiteId } from '../../core/sites';
import type { StrategyId } from '../editor/insert-text';

/**
 * What the content script needs to know about one mail site's pages. Each site is one file in
 * `content/sites/` that default-exports one of these; its id, name and hosts are its entry in
 * `core/sites.ts`. Every lookup may come back null: the caller then does less, never breaks the page.
 */
export interface Compose {
  /** The element that holds one compose (new message, reply, pop-out…), scoped for every other lookup. */
  root: HTMLElement;
  /** The rich-text editor the user types the email into. */
  body: HTMLElement;
}

export interface LauncherSlot {
  parent: Element;
  /** Insert before this node; null appends. */
  before: Node | null;
  /**
   * The slot's element type the site's layout expects (Gmail's toolbar is a table row); `body`:
   * no toolbar slot, the launcher floats over the compose body (`ui/on-body.ts`).
   */
  wrapperTag: 'div' | 'td' | 'span' | 'body';
}

/**
 * How to read the user's own words out of a body that also holds what the site put there. Each
 * entry is a CSS selector matched against elements inside the body.
 */
export interface DraftRules {
  /** Containers that are not the user's words (quoted history, a signature's "-- " line): left out whole. */
  drop: readonly string[];
  /**
   * Signature blocks, left out while they hold what they held when first read: a click below a
   * short draft puts the caret inside the signature, and what the user types there counts.
   */
  signatures: readonly string[];
  /** Markers where quoted history starts as siblings of the draft: they and everything after them end the read. */
  historyStarts: readonly string[];
}

/** Selectors by name: one string, or a list tried in order (the preferred hook, then its fallbacks). */
type SiteSelectors = Readonly<Record<string, string | readonly string[]>>;

export interface SiteAdapter {
  id: SiteId;
  /**
   * Every selector the adapter relies on, by name. The site-contract test checks each one against
   * the site's fixture pages, so a selector added here without a fixture that exercises it fails.
   */
  selectors: SiteSelectors;
  /**
   * One CSS selector that matches every compose body and nothing else that is editable.
   * Used to notice new composes the moment they render.
   */
  bodySelector: string;
  /** From an element matching `bodySelector`, the compose it belongs to; null when it is not one. */
  composeOf(body: HTMLElement): Compose | null;
  /** Where the launcher goes in the compose's toolbar row, near Send; null when the row can't be found. */
  launcherSlot(compose: Compose): LauncherSlot | null;
  /** A stable key for the compose that survives the site moving its DOM (full screen, re-render). */
  composeKey(compose: Compose): string | null;
  draft: DraftRules;
  /**
   * The editor strategy the site's editor needs first (`content/editor/strategies/`): an editor that
   * keeps its own undo must be told through its own door. Absent: the browser's insertion first.
   */
  insertFirst?: StrategyId;
  /** Whether the site currently shows its dark theme, so our UI can follow it. */
  isDark(doc: Document): boolean;
}
