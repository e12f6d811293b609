import { fill } from '../core/fill';
import type { PitchPoint } from '../core/point';
import type { Profile } from '../core/profile';
import { ContextInvalidatedError, send } from '../shared/messages';
import { caretToRestore, focusAt, saveCaret, type SavedCaret } from './caret';
import { completeFillIns } from './fill-ins';
import { insertPlainText } from './insert-text';
import { spaceForCaret } from './insert-spacing';
import { createLauncher, markNeedsReload, RELOAD_MESSAGE, showBadge, type Launcher } from './launcher';
import { Panel } from './panel';
import { orderSuggestions, panelSections, type DraftContext, type PanelSection } from './panel-sections';
import type { Compose, SiteAdapter } from './sites/site';
import { offeredPoints } from './suggestions';

/** What a session needs from the page-wide integration that owns it. */
export interface SessionHost {
  adapter: SiteAdapter;
  /** Size changes and removals of these elements come back through `ComposeSession.check`. */
  watch(element: Element, session: ComposeSession): void;
  unwatch(element: Element): void;
  focused(session: ComposeSession): void;
}

/** Runs another feature's code (a panel section): its failure must not take the panel or insertion down. */
function quietly(run: () => void): void {
  try {
    run();
  } catch {
    // The section shows less; the panel keeps working.
  }
}

export function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';
}

/**
 * One open compose: its launcher, its panel, and the caret the user left in its body. It lives as
 * long as the compose does, across the site re-rendering its toolbar or moving its body, and
 * everything it attached goes away through its AbortSignals.
 */
export class ComposeSession implements DraftContext {
  compose: Compose;
  readonly insertedIds = new Set<string>();
  private readonly life = new AbortController();
  private bodyLife: AbortController | null = null;
  private launcher: Launcher | null = null;
  private rootWatch: MutationObserver | null = null;
  private panel: Panel | null = null;
  private panelLife: AbortController | null = null;
  private saved: SavedCaret | null = null;
  private profile: Profile = {};
  /** The sections of the open panel, each with its element. */
  private sections: [PanelSection, HTMLElement][] = [];

  constructor(private readonly host: SessionHost, compose: Compose) {
    this.compose = compose;
    this.bind(compose);
    this.tell((section) => section.discovered?.(this, this.life.signal));
  }

  get body(): HTMLElement {
    return this.compose.body;
  }

  /** Quoted replies and signatures in the body, which the coach leaves out. */
  get quoteSelectors(): readonly string[] {
    return this.host.adapter.quoteSelectors;
  }

  showBadge(text: string | null, spoken?: string): void {
    if (this.launcher) showBadge(this.launcher, text, spoken);
  }

  get isOpen(): boolean {
    return this.panel !== null;
  }

  /** Whether an event came from inside our launcher or panel (they handle their own keys). */
  isOurs(event: Event): boolean {
    return this.launcher !== null && event.composedPath().includes(this.launcher.host);
  }

  /** Takes the compose as the site renders it now (a new body element, a rebuilt toolbar). */
  bind(compose: Compose): void {
    const previous = this.bodyLife ? this.compose : null;
    this.compose = compose;
    if (previous?.body !== compose.body) {
      if (previous) this.host.unwatch(previous.body);
      this.listenToBody(compose.body);
    }
    if (previous?.root !== compose.root) this.watchRoot(compose.root);
    this.ensureLauncher();
  }

  /** Called when a watched element resized, appeared or went away. Returns false once the compose is gone. */
  check(): boolean {
    if (!this.body.isConnected) {
      this.dispose();
      return false;
    }
    this.ensureLauncher();
    if (this.panel && this.body.getClientRects().length === 0) this.close(false);
    return true;
  }

  /** Keeps the caret when it is in this body; a selection elsewhere leaves the last one standing. */
  remember(): void {
    const saved = saveCaret(this.body);
    if (saved) this.saved = saved;
  }

  toggle(): void {
    if (this.panel) this.close(true);
    else this.open();
  }

  open(): void {
    const launcher = this.launcher;
    if (this.panel) {
      this.panel.focusSearch();
      return;
    }
    if (!launcher?.host.isConnected) return;
    this.remember();
    const doc = this.body.ownerDocument;
    const life = new AbortController();
    const panel = new Panel(doc, { pick: (point) => this.pick(point), dismiss: (refocus) => this.close(refocus) });
    this.panel = panel;
    this.panelLife = life;
    this.applyTheme();
    launcher.shadow.append(panel.element);
    try {
      panel.element.showPopover();
    } catch {
      // No popover support (older browsers): the panel is still fixed-positioned above the page.
    }
    const place = () => {
      if (this.panel === panel) panel.place(launcher.button.getBoundingClientRect());
    };
    place();
    launcher.button.setAttribute('aria-expanded', 'true');
    panel.focusSearch();

    let frame = 0;
    const replace = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    doc.addEventListener('scroll', replace, { capture: true, passive: true, signal: life.signal });
    doc.defaultView?.addEventListener('resize', replace, { signal: life.signal });
    doc.addEventListener('pointerdown', (event) => {
      if (!event.composedPath().includes(launcher.host)) this.close(false);
    }, { capture: true, signal: life.signal });
    this.sections = panelSections.map((section) => {
      const element = doc.createElement('section');
      panel.sections.append(element);
      quietly(() => section.open(element, this, life.signal));
      return [section, element];
    });
    void this.load(panel);
  }

  close(refocus: boolean): void {
    const panel = this.panel;
    if (!panel) return;
    this.panel = null;
    this.panelLife?.abort();
    this.panelLife = null;
    this.sections = [];
    panel.element.remove();
    this.launcher?.button.setAttribute('aria-expanded', 'false');
    if (refocus && this.body.isConnected) focusAt(this.body, caretToRestore(this.body, this.saved));
  }

  dispose(): void {
    this.close(false);
    this.life.abort();
    this.bodyLife?.abort();
    this.rootWatch?.disconnect();
    this.host.unwatch(this.body);
    this.launcher?.host.remove();
  }

  /** Passes an event of this compose to every panel section, open or not. */
  private tell(event: (section: PanelSection) => void): void {
    for (const section of panelSections) quietly(() => event(section));
  }

  private listenToBody(body: HTMLElement): void {
    this.bodyLife?.abort();
    const life = new AbortController();
    this.bodyLife = life;
    const options = { signal: life.signal };
    const remember = () => this.remember();
    // focusout still sees the selection in the body: the last chance before our search box takes it.
    for (const type of ['keyup', 'mouseup', 'input', 'focusout']) body.addEventListener(type, remember, options);
    body.addEventListener('input', () => {
      if (this.panel) for (const [section, element] of this.sections) quietly(() => section.update(element, this));
      else this.tell((section) => section.typed?.(this));
    }, options);
    body.addEventListener('focusin', () => this.host.focused(this), options);
    this.host.watch(body, this);
  }

  private ensureLauncher(): void {
    const { root } = this.compose;
    const current = this.launcher?.host;
    if (current?.isConnected && root.contains(current)) return;
    const slot = this.host.adapter.launcherSlot(this.compose);
    // No toolbar yet: the root watch calls again when the compose renders more.
    if (!slot || (slot.before && slot.before.parentNode !== slot.parent)) return;
    // A site that rebuilds its toolbar from a copy can carry along a dead copy of ours.
    for (const stale of root.querySelectorAll('[data-remote-pitch]')) if (stale !== current) stale.remove();
    // Moving the host out of the DOM hides its popover; start the panel afresh instead of losing it.
    if (this.panel) this.close(false);
    let launcher = this.launcher;
    if (!launcher) {
      launcher = createLauncher(root.ownerDocument, slot);
      this.launcher = launcher;
      this.wireLauncher(launcher);
    }
    launcher.host.dataset.slot = slot.wrapperTag;
    slot.parent.insertBefore(launcher.host, slot.before);
    this.applyTheme();
  }

  private wireLauncher(launcher: Launcher): void {
    const { signal } = this.life;
    // The body keeps focus and selection while the user clicks us.
    launcher.button.addEventListener('mousedown', (event) => {
      event.preventDefault();
      this.remember();
    }, { signal });
    launcher.button.addEventListener('click', () => this.toggle(), { signal });
    // Keys typed in our panel must not reach the site's shortcuts (Gmail's `c`, `/`, Escape) or editor.
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut']) {
      launcher.shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
    }
  }

  /**
   * Sites rebuild a compose's toolbar (taking our launcher with it) and render it after the body.
   * Watching this compose's own subtree, never the document, puts the launcher back in the same
   * task; most mutations here are the user typing, and the check is one `contains`.
   */
  private watchRoot(root: HTMLElement): void {
    this.rootWatch?.disconnect();
    const view = root.ownerDocument.defaultView;
    if (!view || this.life.signal.aborted) return;
    this.rootWatch = new view.MutationObserver(() => quietly(() => this.ensureLauncher()));
    this.rootWatch.observe(root, { childList: true, subtree: true });
  }

  private applyTheme(): void {
    const host = this.launcher?.host;
    if (!host) return;
    let dark = false;
    try {
      dark = this.host.adapter.isDark(host.ownerDocument);
    } catch {
      // A theme we can't read is shown light.
    }
    host.dataset.theme = dark ? 'dark' : 'light';
  }

  private async load(panel: Panel): Promise<void> {
    try {
      const [points, profile] = await Promise.all([send('points/list', {}), send('profile/get', {})]);
      if (this.panel !== panel) return;
      this.profile = profile;
      const offered = await orderSuggestions(offeredPoints(points), this);
      if (this.panel !== panel) return;
      panel.setData(offered, profile);
    } catch (error) {
      if (this.panel !== panel) return;
      if (error instanceof ContextInvalidatedError) {
        if (this.launcher) markNeedsReload(this.launcher);
        panel.showNotice(RELOAD_MESSAGE, 'error');
      } else {
        panel.showNotice(`Couldn't load your points: ${error instanceof Error ? error.message : String(error)}`, 'error');
      }
    }
  }

  private pick(point: PitchPoint): void {
    const { text, missing } = fill(point.text, this.profile);
    if (missing.length === 0 || !this.panel) {
      this.insert(point, text);
      return;
    }
    this.panel.askFillIns(point, missing, (answers, save) => {
      const done = completeFillIns(point.text, this.profile, answers);
      if (save && Object.keys(done.toSave).length > 0) {
        this.profile = { ...this.profile, ...done.toSave };
        send('profile/update', { values: done.toSave }).catch(() => undefined);
      }
      this.insert(point, done.text);
    });
  }

  private insert(point: PitchPoint, text: string): void {
    const body = this.body;
    this.close(false);
    if (!body.isConnected) return;
    const range = caretToRestore(body, this.saved);
    insertPlainText(body, range, spaceForCaret(body, range, text));
    this.remember();
    this.insertedIds.add(point.id);
    send('points/record-use', { id: point.id }).catch(() => undefined);
    this.tell((section) => section.inserted?.(this));
  }
}
