import type { ComposeEvents, ComposeFeature, FeatureCompose } from '../features/feature';
import type { SavedCaret } from '../editor/caret';
import type { StrategyId } from '../editor/insert-text';
import type { Launcher } from '../ui/launcher';

/**
 * What the script loaded once a compose shows (panel.js) offers the script every mail page loads
 * (content.js). Both run in the extension's isolated world, so panel.js hands this over as a
 * property of that world's global, which the page's own scripts cannot see.
 */
export const PANEL_KIT_GLOBAL = 'remotePitchPanelKit';

/** One compose as panel.js sees it: what a feature sees, plus what the panel and insertion need. */
export interface KitCompose extends FeatureCompose {
  /** Points inserted into this compose since it was opened; the insertion adds to it. */
  readonly insertedIds: Set<string>;
  /** The site's editor strategy to try first (its adapter says). */
  readonly editorFirst: StrategyId | undefined;
  /** The caret as last kept in the body (content.js follows it from the start). */
  readonly savedCaret: SavedCaret | null;
  /** Keeps the caret where it is now, when it is in the body. */
  rememberCaret(): void;
  emit<K extends keyof ComposeEvents>(type: K, make: () => ComposeEvents[K]): void;
  /** Closes the open panel, the caret back in the body when `refocus`. */
  close(refocus: boolean): void;
}

/** The open panel of one compose, as content.js holds it. */
export interface OpenPanel {
  focusSearch(): void;
  pick(pointId: string): void;
  /** Takes the panel away (content.js has already forgotten it). */
  close(refocus: boolean): void;
}

/** What the user typed while the panel's script loaded (focus waits on the launcher meanwhile). */
export interface TypedAhead {
  query: string;
  /** Enter was pressed: the top match goes in once the points are there. */
  enter: boolean;
}

export interface PanelKit {
  /** What each compose gets besides the launcher and its points (the coach, the whole drafts). */
  readonly features: readonly ComposeFeature[];
  /** Opens the panel next to `launcher`: the points, the features' sections, insertion at the caret. */
  open(compose: KitCompose, launcher: Launcher, ahead?: TypedAhead): OpenPanel;
  /** Readies, while the page is idle, what a first open of this launcher's panel would otherwise do in the click. */
  warm(launcher: Launcher): void;
  /** Keeps a launcher on the body (a toolbar we don't recognise) in its corner, out of the caret's way. */
  placeOnBody(launcher: Launcher, body: HTMLElement): void;
}
