/**
 * What the content script needs to know about one mail site. Each site is one file that
 * implements this; a third site is one more file plus a line in `sites/index.ts`.
 * Every lookup may come back null: the caller then does less, never breaks the page.
 */
export type SiteId = 'gmail' | 'outlook';

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
  /** The slot's element type the site's layout expects (Gmail's toolbar is a table row). */
  wrapperTag: 'div' | 'td' | 'span';
}

export interface SiteAdapter {
  id: SiteId;
  /** Shown in settings. */
  label: string;
  /** Hostnames this adapter serves (exact match). */
  hosts: readonly string[];
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
  /** Containers of quoted replies and signatures inside a body, which are not the user's words. */
  quoteSelectors: readonly string[];
  /** Whether the site currently shows its dark theme, so our UI can follow it. */
  isDark(doc: Document): boolean;
}
