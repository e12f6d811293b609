import type { Compose, LauncherSlot, SiteAdapter } from '../site-kit/adapter';
import { createLauncher, type Launcher } from '../ui/launcher';
import { placeOnBody } from '../ui/on-body';
import { quietly } from './events';

/** What the launcher asks of the compose it serves. */
export interface LauncherHandlers {
  /** A press on the launcher, before focus could move: the moment to keep the caret. */
  press(): void;
  /** A click: open or close the panel. */
  activate(): void;
  /** The launcher is about to move (its popover would be hidden): close the panel first. */
  moving(): void;
  /** The site changed the compose: check it is still in the page (else it is disposed) and restore the launcher. */
  changed(): void;
}

/** Whether a mutation only moved our own launcher, which must never set the upkeep off again. */
const onlyOurs = (record: MutationRecord) =>
  [...record.addedNodes, ...record.removedNodes].every((node) => node instanceof Element && node.hasAttribute('data-remote-pitch'));

/** Where the launcher is: beside Send, or on the body of a compose whose toolbar we don't recognise. */
export type Placement = 'toolbar' | 'body';

/**
 * Keeps one compose's launcher in its toolbar, whatever the site does to the toolbar, and its theme
 * in step with the site's. A compose whose body we know but whose toolbar we don't (the site
 * changed it) gets the launcher on its body instead, so the user still has a way in.
 */
export class LauncherUpkeep {
  launcher: Launcher | null = null;
  #rootWatch: MutationObserver | null = null;
  readonly #adapter: SiteAdapter;
  readonly #compose: () => Compose;
  readonly #handlers: LauncherHandlers;
  readonly #signal: AbortSignal;

  constructor(adapter: SiteAdapter, compose: () => Compose, handlers: LauncherHandlers, signal: AbortSignal) {
    this.#adapter = adapter;
    this.#compose = compose;
    this.#handlers = handlers;
    this.#signal = signal;
  }

  /**
   * Sites rebuild a compose's toolbar (taking our launcher with it) and render it after the body.
   * Watching this compose's own subtree, never the document, puts the launcher back in the same
   * task; most mutations here are the user typing, and the check is one `contains`. Our own moves
   * are left out, so the upkeep never sets itself off (a compose the page took out and kept
   * changing would otherwise take the launcher back and forth forever).
   */
  watch(root: HTMLElement): void {
    this.#rootWatch?.disconnect();
    const view = root.ownerDocument.defaultView;
    if (!view || this.#signal.aborted) return;
    this.#rootWatch = new view.MutationObserver((records) => {
      if (!records.every(onlyOurs)) quietly(() => this.#handlers.changed());
    });
    this.#rootWatch.observe(root, { childList: true, subtree: true });
  }

  get placement(): Placement | null {
    const host = this.launcher?.host;
    if (!host?.isConnected) return null;
    return host.dataset.slot === 'body' ? 'body' : 'toolbar';
  }

  /**
   * Puts the launcher where the site's toolbar has room for it, unless it is already there. Without
   * a toolbar slot it waits (sites render the toolbar after the body: the root watch calls again),
   * unless `orBody` says the compose has had its time, or the user asks for the panel: then the
   * launcher goes on the body, until a toolbar slot turns up.
   */
  ensure(orBody = false): void {
    const compose = this.#compose();
    const { root, body } = compose;
    // A compose out of the page is about to be disposed: nothing goes into it.
    if (!root.isConnected) return;
    const current = this.launcher?.host;
    const placed = current?.isConnected === true && root.contains(current);
    if (placed && this.placement === 'toolbar') return;
    const slot = this.#adapter.launcherSlot(compose);
    if (slot && (!slot.before || slot.before.parentNode === slot.parent)) {
      this.#put(slot);
    } else if (placed) {
      this.followBody();
    } else if ((orBody || this.launcher) && body.isConnected && body.parentElement && root.contains(body.parentElement)) {
      this.#put({ parent: body.parentElement, before: body, wrapperTag: 'body' });
    }
  }

  /** Keeps a launcher on the body in its corner as the body resizes and the caret moves. */
  followBody(): void {
    const launcher = this.launcher;
    if (launcher && this.placement === 'body') placeOnBody(launcher, this.#compose().body);
  }

  #put(slot: LauncherSlot): void {
    const { root } = this.#compose();
    const current = this.launcher?.host;
    // A site that rebuilds its toolbar from a copy can carry along a dead copy of ours.
    for (const stale of root.querySelectorAll('[data-remote-pitch]')) if (stale !== current) stale.remove();
    // Moving the host out of the DOM hides its popover; start the panel afresh instead of losing it.
    this.#handlers.moving();
    let launcher = this.launcher;
    if (!launcher) {
      launcher = createLauncher(root.ownerDocument, slot);
      this.launcher = launcher;
      this.#wire(launcher);
    }
    launcher.host.dataset.slot = slot.wrapperTag;
    slot.parent.insertBefore(launcher.host, slot.before);
    if (slot.wrapperTag === 'body') this.followBody();
    else launcher.button.style.cssText = '';
    this.theme();
  }

  /** Follows the site's light or dark theme; a theme we can't read is shown light. */
  theme(): void {
    const host = this.launcher?.host;
    if (!host) return;
    let dark = false;
    try {
      dark = this.#adapter.isDark(host.ownerDocument);
    } catch {
      // Shown light.
    }
    host.dataset.theme = dark ? 'dark' : 'light';
  }

  /** Stops following the site; the launcher stays where it is. */
  stopWatching(): void {
    this.#rootWatch?.disconnect();
    this.#rootWatch = null;
  }

  dispose(): void {
    this.stopWatching();
    this.launcher?.host.remove();
  }

  #wire(launcher: Launcher): void {
    const signal = this.#signal;
    // The body keeps focus and selection while the user clicks us.
    launcher.button.addEventListener('mousedown', (event) => {
      event.preventDefault();
      this.#handlers.press();
    }, { signal });
    // Only the user opens the panel: the page's scripts can reach into our open shadow root.
    launcher.button.addEventListener('click', (event) => {
      if (event.isTrusted) this.#handlers.activate();
    }, { signal });
    // Keys typed in our panel must not reach the site's shortcuts (Gmail's `c`, `/`, Escape) or editor.
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut']) {
      launcher.shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
    }
  }
}
