import { extensionAlive } from '../../shared/extension-api';
import type { PanelKit } from '../on-first-use/kit';
import type { SiteAdapter } from '../site-kit/adapter';
import { loadPanelKit } from './kit-loader';
import { observeSelector } from './selector-observer';
import { ComposeSession, type SessionHost } from './session';
import { isShortcut } from './shortcut';

/**
 * The integration for one site in one document: notices each compose body as it renders, keeps one
 * session (one launcher) per compose however often the site re-renders it, and drops a session when
 * its body leaves the page. Aborting `signal` removes everything it added.
 *
 * A ResizeObserver reports when a watched body is removed (its size drops to zero): composes closing
 * are noticed without observing the page's mutations.
 *
 * After an update or reload of the extension the old script stays in open tabs with no extension
 * to talk to. The first thing it hears after that (typing, the caret moving, a compose rendering)
 * stops all its work: observers, listeners, the coach's timers and its reading of the draft. The
 * launchers stay, saying the page needs a reload.
 */
export class ComposeWatch implements SessionHost {
  readonly #sessions = new Map<string, ComposeSession>();
  readonly #byBody = new WeakMap<HTMLElement, ComposeSession>();
  readonly #watched = new WeakMap<Element, ComposeSession>();
  readonly #keyOf = new WeakMap<ComposeSession, string>();
  readonly #rootKeys = new WeakMap<HTMLElement, string>();
  readonly #resize: ResizeObserver | null;
  #lastFocused: ComposeSession | null = null;
  #kit: PanelKit | null = null;
  #loading: Promise<PanelKit> | null = null;
  #unnamed = 0;
  /** Everything the watch listens to in the page; aborted when the site is switched off or the extension is gone. */
  readonly #work = new AbortController();

  readonly #doc: Document;

  constructor(
    readonly adapter: SiteAdapter,
    doc: Document,
    off: AbortSignal,
    /** Where the panel's script comes from: the worker injects it (unit tests hand it over). */
    readonly kitSource: () => PanelKit | Promise<PanelKit> = loadPanelKit,
  ) {
    this.#doc = doc;
    const { signal } = this.#work;
    const view = doc.defaultView;
    this.#resize = view ? new view.ResizeObserver((entries) => this.#resized(entries)) : null;
    observeSelector(doc, adapter.bodySelector, (body) => this.#found(body), signal);
    // Animation events need rendering, which Chrome pauses in some background tabs. Composes already
    // there are taken now, and one the user focuses is taken at once: both are single events, no polling.
    for (const body of doc.querySelectorAll<HTMLElement>(adapter.bodySelector)) this.#found(body);
    doc.addEventListener('focusin', (event) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.matches(adapter.bodySelector)) this.#found(target);
    }, { capture: true, signal });
    doc.addEventListener('selectionchange', () => this.#selectionChanged(), { signal });
    // The manifest command is the shortcut; when the browser doesn't deliver it (not bound, or taken
    // by another extension), the same keys anywhere in a compose still open its panel.
    doc.addEventListener('keydown', (event) => {
      if (!event.isTrusted || !isShortcut(event) || !(event.target instanceof Node) || !this.alive()) return;
      const target = event.target;
      const session = [...this.#sessions.values()].find((s) => s.compose.root.contains(target));
      if (!session || session.isOurs(event)) return;
      event.preventDefault();
      event.stopPropagation();
      session.openPanel();
    }, { capture: true, signal });
    signal.addEventListener('abort', () => this.#resize?.disconnect(), { once: true });
    off.addEventListener('abort', () => {
      this.#work.abort();
      for (const session of [...this.#sessions.values()]) session.dispose();
      this.#sessions.clear();
    }, { once: true });
  }

  get kit(): PanelKit | null {
    return this.#kit;
  }

  /** The panel's script, asked for once at a time; a failed load is asked for again on the next intent. */
  loadKit(): PanelKit | Promise<PanelKit> {
    if (this.#kit) return this.#kit;
    if (this.#loading) return this.#loading;
    const kit = this.kitSource();
    if (!(kit instanceof Promise)) return this.#arrived(kit);
    const loading = kit.then((arrived) => this.#arrived(arrived));
    this.#loading = loading;
    loading.catch(() => undefined).finally(() => (this.#loading = null));
    return loading;
  }

  /** The panel's script is in the page: every compose gets its features (the coach's badge). */
  #arrived(kit: PanelKit): PanelKit {
    if (!this.#kit && !this.#work.signal.aborted) {
      this.#kit = kit;
      for (const session of this.#sessions.values()) session.equip(kit);
    }
    return kit;
  }

  /** Whether the extension is still there; once it is not, everything stops (see above). */
  alive(): boolean {
    if (this.#work.signal.aborted) return false;
    if (extensionAlive()) return true;
    this.#work.abort();
    for (const session of this.#sessions.values()) session.retire();
    return false;
  }

  watch(element: Element, session: ComposeSession): void {
    this.#watched.set(element, session);
    this.#resize?.observe(element);
  }

  unwatch(element: Element): void {
    this.#watched.delete(element);
    this.#resize?.unobserve(element);
  }

  focused(session: ComposeSession): void {
    this.#lastFocused = session;
  }

  gone(session: ComposeSession): void {
    // A page that keeps its closed compose's elements (the roosterjs Outlook fixture does) must not
    // keep the session with them through this map, nor the launcher and caret the session holds.
    this.#byBody.delete(session.body);
    const key = this.#keyOf.get(session);
    if (key !== undefined && this.#sessions.get(key) === session) this.#sessions.delete(key);
    this.#keyOf.delete(session);
    if (this.#lastFocused === session) this.#lastFocused = null;
  }

  /** How many composes are found, and how many of them have the launcher on the body (toolbar not recognised). */
  status(): { composes: number; onBody: number } {
    const live = [...this.#sessions.values()];
    return { composes: live.length, onBody: live.filter((session) => session.placement === 'body').length };
  }

  /** The manifest command: open the panel of the compose the user is in, or was last in. */
  openForFocused(): void {
    const active = this.#doc.activeElement;
    const live = [...this.#sessions.values()];
    const inFocus = active ? live.find((session) => session.compose.root.contains(active)) : undefined;
    const last = this.#lastFocused && live.includes(this.#lastFocused) ? this.#lastFocused : undefined;
    const target = inFocus ?? last ?? (live.length === 1 ? live[0] : undefined);
    if (target?.isOpen) target.close(true);
    else target?.openPanel();
  }

  #found(body: HTMLElement): void {
    if (!this.alive()) return;
    try {
      this.#take(body);
    } catch {
      // A site that changed under its adapter gets less from us, never an error in its console.
    }
  }

  #take(body: HTMLElement): void {
    const compose = this.adapter.composeOf(body);
    if (!compose) return;
    const known = this.#byBody.get(body);
    if (known && this.#keyOf.has(known)) {
      known.bind(compose);
      return;
    }
    let key = this.adapter.composeKey(compose) ?? this.#fallbackKey(compose.root);
    let session = this.#sessions.get(key);
    // The same compose re-rendered: its old body is gone or sits inside the same compose.
    if (session && (!session.body.isConnected || compose.root.contains(session.body))) {
      session.bind(compose);
    } else {
      // Two live composes claiming one key must not share a launcher.
      if (session) key = this.#fallbackKey(compose.root);
      session = new ComposeSession(this, compose);
      this.#sessions.set(key, session);
      this.#keyOf.set(session, key);
    }
    this.#byBody.set(body, session);
  }

  #fallbackKey(root: HTMLElement): string {
    let key = this.#rootKeys.get(root);
    if (!key) {
      this.#unnamed += 1;
      key = `unnamed:${this.#unnamed}`;
      this.#rootKeys.set(root, key);
    }
    return key;
  }

  #resized(entries: ResizeObserverEntry[]): void {
    if (!this.alive()) return;
    const seen = new Set<ComposeSession>();
    for (const entry of entries) {
      const session = this.#watched.get(entry.target);
      if (!session || seen.has(session)) continue;
      seen.add(session);
      try {
        session.check();
      } catch {
        // As in found(): degrade quietly, and keep what already works.
      }
    }
  }

  /** Fires for every key typed anywhere in the page: the extension is asked about only when a compose's caret moved. */
  #selectionChanged(): void {
    const anchor = this.#doc.getSelection()?.anchorNode;
    if (!anchor) return;
    for (const session of this.#sessions.values()) {
      if (session.body.contains(anchor)) {
        if (this.alive()) session.remember();
        return;
      }
    }
  }
}
