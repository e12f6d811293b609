import type { PitchPoint } from '../../core/point';
import type { Insertable } from '../compose/insertion';
import type { DraftRules } from '../site-kit/adapter';

/**
 * A feature of the compose integration (the draft coach is one). Each compose found gets one call
 * of `init`, with the compose and a signal that aborts when the compose goes away (or the
 * integration is turned off): `init` only wires listeners, and everything it attaches goes with the
 * signal. A feature that throws loses its own part; the panel and insertion keep working.
 */
export interface ComposeFeature {
  init(compose: FeatureCompose, signal: AbortSignal): void;
  /** Reorders the points the panel offers for this compose (the coach's ranking). */
  order?(points: PitchPoint[], compose: FeatureCompose): PitchPoint[] | Promise<PitchPoint[]>;
}

/** What happens in a compose, as a feature hears it. */
export interface ComposeEvents {
  /**
   * The user asked for the panel, which is about to be built: what it will need from the worker is
   * asked now, so the answer travels while the panel is drawn. 'panel-open' follows.
   */
  'panel-opening': Record<string, never>;
  /**
   * The panel opened: `section` is the feature's own empty part of it, and `signal` aborts when the
   * panel closes. `insert` puts text in at the caret as a picked point goes in (fill-ins the profile
   * lacks asked for in this panel first; one Ctrl+Z takes it out): call it only on the user's own action.
   */
  'panel-open': { section: HTMLElement; signal: AbortSignal; insert(item: Insertable): void };
  /** The user changed the body (its `input` event); `panelOpen` says whether the panel shows meanwhile. */
  input: { panelOpen: boolean };
  /** A point was just inserted; the panel has closed by then. */
  inserted: Record<string, never>;
}

/**
 * One compose as a feature sees it: the same object for the compose's whole life, so a feature may
 * key its own per-compose state on it; `body` always answers with the body as the site renders it now.
 */
export interface FeatureCompose {
  readonly body: HTMLElement;
  /** How the site marks what in the body is not the user's words (quotes, signatures). */
  readonly draftRules: DraftRules;
  /** Points inserted into this compose since it was opened. */
  readonly insertedIds: ReadonlySet<string>;
  /** Short status beside the launcher's icon (the coach's "5/8") and its spoken form; null hides it. */
  showBadge(text: string | null, spoken?: string): void;
  /** Inserts one of the points the open panel lists, as if the user picked it there (fill-ins and all). */
  pick(pointId: string): void;
  /** Calls `listener` for each event of `type` in this compose until `signal` aborts. */
  on<K extends keyof ComposeEvents>(type: K, listener: (event: ComposeEvents[K]) => void, signal: AbortSignal): void;
}
