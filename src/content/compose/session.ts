import type { StrategyId } from '../editor/insert-text';
import type { SavedCaret } from '../editor/caret';
import { trailing } from '../features/coach/schedule';
import type { ComposeEvents } from '../features/feature';
import type { KitCompose, OpenPanel, PanelKit, TypedAhead } from '../on-first-use/kit';
import type { Compose, DraftRules, SiteAdapter } from '../site-kit/adapter';
import { markNeedsReload, showBadge, showLaunchError, type Launcher } from '../ui/launcher';
import { messageOf } from '../../core/errors';
import { ContextInvalidatedError } from '../../shared/messages';
import { CaretKeeper } from './caret-keeper';
import { EventHub, quietly } from './events';
import { LauncherUpkeep, type Placement } from './launcher-upkeep';

/**
 * How long a compose may go on rendering before a missing toolbar counts as one we don't
 * recognise, and the launcher goes on its body: long enough that sites rendering the toolbar
 * after the body never show it there first.
 */
const TOOLBAR_WAIT = 1500;

/**
 * The coach looks at a closed panel's draft after a pause in typing of this long (its BADGE_WAIT);
 * the first such pause is when the panel's script, which holds the coach, loads.
 */
const TYPING_PAUSE = 1000;

/** What a session needs from the page-wide integration that owns it. */
export interface SessionHost {
  adapter: SiteAdapter;
  /** The panel's script once it is in this page, else null. */
  readonly kit: PanelKit | null;
  /** Loads the panel's script (at once when it is there already). */
  loadKit(): PanelKit | Promise<PanelKit>;
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
export class ComposeSession implements KitCompose {
  compose: Compose;
  readonly insertedIds = new Set<string>();
  readonly #life = new AbortController();
  readonly #shell = new AbortController();
  #bodyLife: AbortController | null = null;
  readonly #events = new EventHub<ComposeEvents>();
  readonly #upkeep: LauncherUpkeep;
  readonly #caret = new CaretKeeper(() => this.body);
  #open: OpenPanel | null = null;
  /** A click waiting for the panel's script: a second click (or a close) before it arrives cancels it. */
  #opening: TypedAhead | null = null;
  #equipped = false;
  readonly #typed = trailing(() => this.#wantKit());

  readonly #host: SessionHost;

  constructor(host: SessionHost, compose: Compose) {
    this.#host = host;
    this.compose = compose;
    this.#upkeep = new LauncherUpkeep(host.adapter, () => this.compose, {
      press: () => this.#caret.remember(),
      intent: () => this.#wantKit(),
      key: (event) => this.#typeAhead(event),
      placeOnBody: (launcher, body) => {
        if (host.kit) host.kit.placeOnBody(launcher, body);
        else this.#wantKit();
      },
      activate: () => this.toggle(),
      moving: () => this.close(false),
      changed: () => this.#changed(),
    }, this.#shell.signal);
    this.bind(compose);
    const wait = setTimeout(() => quietly(() => this.#upkeep.ensure(true)), TOOLBAR_WAIT);
    this.#life.signal.addEventListener('abort', () => {
      clearTimeout(wait);
      this.#typed.cancel();
    }, { once: true });
    // A body with text in it needs the coach at once: a reopened draft gets its badge, and a
    // signature is read as the site wrote it, before the user's typing into it can count as the user's.
    if (compose.body.textContent?.trim()) this.#wantKit();
    // An empty one gets it when the page is next idle: a first click then finds it there, and not
    // ~60 ms of loading it. (Unit tests' happy-dom has no idle callbacks.)
    else globalThis.requestIdleCallback?.(() => this.#wantKit());
    if (host.kit) this.equip(host.kit);
  }

  /** Gives this compose the features of the panel's script, once it is in the page. */
  equip(kit: PanelKit): void {
    if (this.#equipped || this.#life.signal.aborted) return;
    this.#equipped = true;
    for (const feature of kit.features) quietly(() => feature.init(this, this.#life.signal));
    this.#upkeep.followBody();
    const { launcher } = this.#upkeep;
    if (launcher) quietly(() => kit.warm(launcher));
  }

  get editorFirst(): StrategyId | undefined {
    return this.#host.adapter.insertFirst;
  }

  get savedCaret(): SavedCaret | null {
    return this.#caret.saved;
  }

  rememberCaret(): void {
    this.#caret.remember();
  }

  emit<K extends keyof ComposeEvents>(type: K, make: () => ComposeEvents[K]): void {
    this.#events.emit(type, make);
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
    this.#open?.pick(pointId);
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
    if (this.#open || this.#opening) this.close(true);
    else this.openPanel();
  }

  openPanel(): void {
    if (this.#open) {
      this.#open.focusSearch();
      return;
    }
    // Asked for before the toolbar turned up, or with none we recognise: the body has the launcher.
    this.#upkeep.ensure(true);
    const launcher = this.#upkeep.launcher;
    if (!launcher?.host.isConnected || this.#opening) return;
    this.#caret.remember();
    this.#upkeep.theme();
    const ticket: TypedAhead = { query: '', enter: false };
    this.#opening = ticket;
    const show = (kit: PanelKit) => {
      if (this.#opening !== ticket) return;
      this.#opening = null;
      // A retired session still opens its panel: it says to reload the page.
      if (this.#shell.signal.aborted || !launcher.host.isConnected) return;
      showLaunchError(launcher, null);
      this.equip(kit);
      this.#open = kit.open(this, launcher, ticket);
    };
    const kit = this.#host.loadKit();
    if (!(kit instanceof Promise)) return show(kit);
    // Keys typed before the panel is there must not land in the draft: the launcher holds them.
    launcher.button.focus({ preventScroll: true });
    kit.then(show, (error: unknown) => {
      if (this.#opening !== ticket) return;
      this.#opening = null;
      this.#loadFailed(launcher, error);
    });
  }

  close(refocus: boolean): void {
    this.#opening = null;
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    open.close(refocus);
  }

  /** The panel's script did not come: say so beside the launcher, never a click that does nothing. */
  #loadFailed(launcher: Launcher, error: unknown): void {
    if (error instanceof ContextInvalidatedError || !this.#host.alive()) {
      markNeedsReload(launcher);
      showLaunchError(launcher, new ContextInvalidatedError().message);
      return;
    }
    showLaunchError(launcher, `Remote Pitch couldn't open: ${messageOf(error)} Click to try again.`);
  }

  /** A key on the launcher while the panel's script loads: the search the user is already typing. */
  #typeAhead(event: KeyboardEvent): void {
    const ahead = this.#opening;
    if (!ahead || !event.isTrusted) return;
    const { key } = event;
    if (key === 'Enter') ahead.enter = true;
    else if (key === 'Backspace') ahead.query = ahead.query.slice(0, -1);
    else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) ahead.query += key;
    else return;
    event.preventDefault();
  }

  /** The page idle, or the first sign the user wants more than the launcher: load the panel's script (quietly; a click says what failed). */
  #wantKit(): void {
    if (this.#host.kit || !this.#host.alive()) return;
    const kit = this.#host.loadKit();
    // Quietly: a click asks again, and says why it failed.
    if (kit instanceof Promise) kit.catch(() => undefined);
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

  #listenToBody(body: HTMLElement): void {
    this.#bodyLife?.abort();
    const life = new AbortController();
    this.#bodyLife = life;
    const { signal } = life;
    this.#caret.follow(body, signal);
    body.addEventListener('input', () => {
      if (!this.#host.alive()) return;
      this.#events.emit('input', () => ({ panelOpen: this.#open !== null }));
      if (!this.#host.kit) this.#typed.poke(TYPING_PAUSE);
    }, { signal });
    body.addEventListener('focusin', () => this.#host.focused(this), { signal });
    this.#host.watch(body, this);
  }
}
