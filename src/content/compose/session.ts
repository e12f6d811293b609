import type { PitchPoint } from '../../core/point';
import type { ComposeEvents, ComposeFeature, FeatureCompose } from '../features/feature';
import type { Compose, DraftRules, SiteAdapter } from '../site-kit/adapter';
import { markNeedsReload, showBadge } from '../ui/launcher';
import { CaretKeeper } from './caret-keeper';
import { EventHub, quietly } from './events';
import { Insertion, type Insertable } from './insertion';
import { LauncherUpkeep, type Placement } from './launcher-upkeep';
import { loadPanelData } from './panel-data';
import { hostPanel, type HostedPanel } from './panel-host';

/**
 * How long a compose may go on rendering before a missing toolbar counts as one we don't
 * recognise, and the launcher goes on its body: long enough that sites rendering the toolbar
 * after the body never show it there first.
 */
const TOOLBAR_WAIT = 1500;

/** What a session needs from the page-wide integration that owns it. */
export interface SessionHost {
  adapter: SiteAdapter;
  /** What each compose gets besides the launcher and its points (the coach). */
  features: readonly ComposeFeature[];
  /** Size changes and removals of these elements come back through `ComposeSession.check`. */
  watch(element: Element, session: ComposeSession): void;
  unwatch(element: Element): void;
  focused(session: ComposeSession): void;
  /** The compose left the page and its session is disposed: forget it. */
  gone(session: ComposeSession): void;
  /** False once the extension was updated under this page; asking retires every session then. */
  alive(): boolean;
}

/**
 * One open compose. It lives as long as the compose does, across the site re-rendering its
 * toolbar or moving its body, and coordinates the parts that serve it: the launcher's upkeep, the
 * caret, the panel, the insertion of a point, and the features (the coach), which it tells what
 * happens. Everything it attached goes away through its AbortSignals: `life` for its work,
 * `shell` for the launcher, which a retired session (the extension was updated) keeps to say so.
 */
export class ComposeSession implements FeatureCompose {
  compose: Compose;
  readonly insertedIds = new Set<string>();
  readonly #life = new AbortController();
  readonly #shell = new AbortController();
  #bodyLife: AbortController | null = null;
  readonly #events = new EventHub<ComposeEvents>();
  readonly #upkeep: LauncherUpkeep;
  readonly #caret = new CaretKeeper(() => this.body);
  readonly #insertion: Insertion;
  #open: HostedPanel | null = null;

  readonly #host: SessionHost;

  constructor(host: SessionHost, compose: Compose) {
    this.#host = host;
    this.compose = compose;
    this.#upkeep = new LauncherUpkeep(host.adapter, () => this.compose, {
      press: () => this.#caret.remember(),
      activate: () => this.toggle(),
      moving: () => this.close(false),
      changed: () => this.#changed(),
    }, this.#shell.signal);
    this.#insertion = new Insertion({
      body: () => this.body,
      caret: this.#caret,
      editorFirst: host.adapter.insertFirst,
      closePanel: () => this.close(false),
      inserted: (point) => this.#inserted(point),
    });
    this.bind(compose);
    const wait = setTimeout(() => quietly(() => this.#upkeep.ensure(true)), TOOLBAR_WAIT);
    this.#life.signal.addEventListener('abort', () => clearTimeout(wait), { once: true });
    for (const feature of host.features) quietly(() => feature.init(this, this.#life.signal));
  }

  get body(): HTMLElement {
    return this.compose.body;
  }

  get draftRules(): DraftRules {
    return this.#host.adapter.draft;
  }

  get isOpen(): boolean {
    return this.#open !== null;
  }

  /** Where this compose's launcher is, or null while it has none. */
  get placement(): Placement | null {
    return this.#upkeep.placement;
  }

  on<K extends keyof ComposeEvents>(type: K, listener: (event: ComposeEvents[K]) => void, signal: AbortSignal): void {
    this.#events.on(type, listener, signal);
  }

  showBadge(text: string | null, spoken?: string): void {
    const launcher = this.#upkeep.launcher;
    if (launcher) showBadge(launcher, text, spoken);
  }

  pick(pointId: string): void {
    this.#open?.panel.pick(pointId);
  }

  /** Whether an event came from inside our launcher or panel (they handle their own keys). */
  isOurs(event: Event): boolean {
    const launcher = this.#upkeep.launcher;
    return launcher !== null && event.composedPath().includes(launcher.host);
  }

  /** Takes the compose as the site renders it now (a new body element, a rebuilt toolbar). */
  bind(compose: Compose): void {
    const previous = this.#bodyLife ? this.compose : null;
    this.compose = compose;
    if (previous?.body !== compose.body) {
      if (previous) this.#host.unwatch(previous.body);
      this.#listenToBody(compose.body);
    }
    if (previous?.root !== compose.root) this.#upkeep.watch(compose.root);
    this.#upkeep.ensure();
  }

  /** Called when a watched element resized, appeared or went away: a body out of the page ends the session. */
  check(): void {
    if (this.#life.signal.aborted) return;
    if (!this.body.isConnected || !this.compose.root.isConnected) {
      this.dispose();
      return;
    }
    this.#upkeep.ensure();
    this.#upkeep.followBody();
    if (this.#open && this.body.getClientRects().length === 0) this.close(false);
  }

  /** The caret moved in the body: keep it once it rests, and keep a launcher on the body out of its way. */
  remember(): void {
    this.#caret.soon();
    this.#upkeep.followBody();
  }

  /**
   * The site changed something in the compose. A compose it took out of the page is disposed before
   * anything else runs for it; a body alone may be going for a new one (a re-render), which the
   * watch binds when it renders, or else reports gone.
   */
  #changed(): void {
    if (this.#life.signal.aborted || !this.#host.alive()) return;
    if (this.compose.root.isConnected) this.#upkeep.ensure();
    else this.dispose();
  }

  toggle(): void {
    if (this.#open) this.close(true);
    else this.openPanel();
  }

  openPanel(): void {
    if (this.#open) {
      this.#open.panel.focusSearch();
      return;
    }
    // Asked for before the toolbar turned up, or with none we recognise: the body has the launcher.
    this.#upkeep.ensure(true);
    const launcher = this.#upkeep.launcher;
    if (!launcher?.host.isConnected) return;
    this.#caret.remember();
    this.#upkeep.theme();
    const hosted = hostPanel(launcher, {
      pick: (point) => this.#insertion.pick(point, this.#open?.panel ?? null),
      dismiss: (refocus) => this.close(refocus),
      outside: () => this.close(false),
    });
    this.#open = hosted;
    const { panel, life } = hosted;
    panel.focusSearch();
    this.#events.emit('panel-open', () => {
      const section = launcher.host.ownerDocument.createElement('section');
      panel.sections.append(section);
      return { section, signal: life.signal, insert: (point: Insertable) => this.#insertion.pick(point, this.#open?.panel ?? null) };
    });
    void loadPanelData(panel, {
      current: () => this.#open === hosted,
      order: (points) => this.#order(points),
      profile: (profile) => (this.#insertion.profile = profile),
      invalidated: () => markNeedsReload(launcher),
    });
  }

  close(refocus: boolean): void {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    open.life.abort();
    if (refocus) this.#caret.refocus();
  }

  /**
   * The extension was updated or reloaded under this page: every observer, listener and timer of
   * this compose stops (the coach's among them, so the draft is read no more), and the launcher
   * stays to say that a reload of the page brings Remote Pitch back.
   */
  retire(): void {
    if (this.#life.signal.aborted) return;
    this.#life.abort();
    this.#bodyLife?.abort();
    this.#host.unwatch(this.body);
    this.#upkeep.stopWatching();
    const launcher = this.#upkeep.launcher;
    if (launcher) markNeedsReload(launcher);
  }

  dispose(): void {
    if (this.#shell.signal.aborted) return;
    this.close(false);
    this.retire();
    this.#shell.abort();
    this.#upkeep.dispose();
    this.#host.gone(this);
  }

  /** The points in the features' order; as given when a ranking fails, so the panel still lists them. */
  async #order(points: PitchPoint[]): Promise<PitchPoint[]> {
    let ordered = points;
    for (const feature of this.#host.features) {
      if (!feature.order) continue;
      try {
        ordered = await feature.order(ordered, this);
      } catch {
        // Keep the order so far.
      }
    }
    return ordered;
  }

  #inserted(point: Insertable): void {
    if (point.id) this.insertedIds.add(point.id);
    this.#events.emit('inserted', () => ({}));
  }

  #listenToBody(body: HTMLElement): void {
    this.#bodyLife?.abort();
    const life = new AbortController();
    this.#bodyLife = life;
    const { signal } = life;
    this.#caret.follow(body, signal);
    body.addEventListener('input', () => {
      if (this.#host.alive()) this.#events.emit('input', () => ({ panelOpen: this.#open !== null }));
    }, { signal });
    body.addEventListener('focusin', () => this.#host.focused(this), { signal });
    this.#host.watch(body, this);
  }
}
