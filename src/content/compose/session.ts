import type { PitchPoint } from '../../core/point';
import type { ComposeEvents, ComposeFeature, FeatureCompose } from '../features/feature';
import type { Compose, DraftRules, SiteAdapter } from '../site-kit/adapter';
import { markNeedsReload, showBadge } from '../ui/launcher';
import { CaretKeeper } from './caret-keeper';
import { EventHub, quietly } from './events';
import { Insertion } from './insertion';
import { LauncherUpkeep } from './launcher-upkeep';
import { loadPanelData } from './panel-data';
import { hostPanel, type HostedPanel } from './panel-host';

/** What a session needs from the page-wide integration that owns it. */
export interface SessionHost {
  adapter: SiteAdapter;
  /** What each compose gets besides the launcher and its points (the coach). */
  features: readonly ComposeFeature[];
  /** Size changes and removals of these elements come back through `ComposeSession.check`. */
  watch(element: Element, session: ComposeSession): void;
  unwatch(element: Element): void;
  focused(session: ComposeSession): void;
}

/**
 * One open compose. It lives as long as the compose does, across the site re-rendering its
 * toolbar or moving its body, and coordinates the parts that serve it: the launcher's upkeep, the
 * caret, the panel, the insertion of a point, and the features (the coach), which it tells what
 * happens. Everything it attached goes away through its AbortSignals.
 */
export class ComposeSession implements FeatureCompose {
  compose: Compose;
  readonly insertedIds = new Set<string>();
  private readonly life = new AbortController();
  private bodyLife: AbortController | null = null;
  private readonly events = new EventHub<ComposeEvents>();
  private readonly upkeep: LauncherUpkeep;
  private readonly caret = new CaretKeeper(() => this.body);
  private readonly insertion: Insertion;
  private open: HostedPanel | null = null;

  constructor(private readonly host: SessionHost, compose: Compose) {
    this.compose = compose;
    this.upkeep = new LauncherUpkeep(host.adapter, () => this.compose, {
      press: () => this.caret.remember(),
      activate: () => this.toggle(),
      moving: () => this.close(false),
    }, this.life.signal);
    this.insertion = new Insertion({
      body: () => this.body,
      caret: this.caret,
      closePanel: () => this.close(false),
      inserted: (point) => this.inserted(point),
    });
    this.bind(compose);
    for (const feature of host.features) quietly(() => feature.init(this, this.life.signal));
  }

  get body(): HTMLElement {
    return this.compose.body;
  }

  get draftRules(): DraftRules {
    return this.host.adapter.draft;
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  on<K extends keyof ComposeEvents>(type: K, listener: (event: ComposeEvents[K]) => void, signal: AbortSignal): void {
    this.events.on(type, listener, signal);
  }

  showBadge(text: string | null, spoken?: string): void {
    const launcher = this.upkeep.launcher;
    if (launcher) showBadge(launcher, text, spoken);
  }

  pick(pointId: string): void {
    this.open?.panel.pick(pointId);
  }

  /** Whether an event came from inside our launcher or panel (they handle their own keys). */
  isOurs(event: Event): boolean {
    const launcher = this.upkeep.launcher;
    return launcher !== null && event.composedPath().includes(launcher.host);
  }

  /** Takes the compose as the site renders it now (a new body element, a rebuilt toolbar). */
  bind(compose: Compose): void {
    const previous = this.bodyLife ? this.compose : null;
    this.compose = compose;
    if (previous?.body !== compose.body) {
      if (previous) this.host.unwatch(previous.body);
      this.listenToBody(compose.body);
    }
    if (previous?.root !== compose.root) this.upkeep.watch(compose.root);
    this.upkeep.ensure();
  }

  /** Called when a watched element resized, appeared or went away. Returns false once the compose is gone. */
  check(): boolean {
    if (!this.body.isConnected) {
      this.dispose();
      return false;
    }
    this.upkeep.ensure();
    if (this.open && this.body.getClientRects().length === 0) this.close(false);
    return true;
  }

  remember(): void {
    this.caret.remember();
  }

  toggle(): void {
    if (this.open) this.close(true);
    else this.openPanel();
  }

  openPanel(): void {
    if (this.open) {
      this.open.panel.focusSearch();
      return;
    }
    const launcher = this.upkeep.launcher;
    if (!launcher?.host.isConnected) return;
    this.caret.remember();
    this.upkeep.theme();
    const hosted = hostPanel(launcher, {
      pick: (point) => this.insertion.pick(point, this.open?.panel ?? null),
      dismiss: (refocus) => this.close(refocus),
      outside: () => this.close(false),
    });
    this.open = hosted;
    const { panel, life } = hosted;
    panel.focusSearch();
    this.events.emit('panel-open', () => {
      const section = launcher.host.ownerDocument.createElement('section');
      panel.sections.append(section);
      return { section, signal: life.signal };
    });
    void loadPanelData(panel, {
      current: () => this.open === hosted,
      order: (points) => this.order(points),
      profile: (profile) => (this.insertion.profile = profile),
      invalidated: () => markNeedsReload(launcher),
    });
  }

  close(refocus: boolean): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    open.life.abort();
    if (refocus) this.caret.refocus();
  }

  dispose(): void {
    this.close(false);
    this.life.abort();
    this.bodyLife?.abort();
    this.host.unwatch(this.body);
    this.upkeep.dispose();
  }

  /** The points in the features' order; as given when a ranking fails, so the panel still lists them. */
  private async order(points: PitchPoint[]): Promise<PitchPoint[]> {
    let ordered = points;
    for (const feature of this.host.features) {
      if (!feature.order) continue;
      try {
        ordered = await feature.order(ordered, this);
      } catch {
        // Keep the order so far.
      }
    }
    return ordered;
  }

  private inserted(point: PitchPoint): void {
    this.insertedIds.add(point.id);
    this.events.emit('inserted', () => ({}));
  }

  private listenToBody(body: HTMLElement): void {
    this.bodyLife?.abort();
    const life = new AbortController();
    this.bodyLife = life;
    const { signal } = life;
    this.caret.follow(body, signal);
    body.addEventListener('input', () => this.events.emit('input', () => ({ panelOpen: this.open !== null })), { signal });
    body.addEventListener('focusin', () => this.host.focused(this), { signal });
    this.host.watch(body, this);
  }
}
