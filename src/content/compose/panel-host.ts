import type { PitchPoint } from '../../core/point';
import { send } from '../../shared/messages';
import type { Launcher } from '../ui/launcher';
import { adoptStyles } from '../ui/sheets';
import { Panel, type PanelEvents } from '../ui/panel';
import { PANEL_BASE_CSS } from '../ui/styles';

/** An open panel and the signal its listeners go with when it closes. */
export interface HostedPanel {
  panel: Panel;
  life: AbortController;
}

let panelCss: Promise<string> | null = null;

/**
 * Gives the panel its styles, which come from the worker once per page (they would weigh on every
 * mail page's script); until then it is there, focused and taking keys, but unseen. Without an
 * answer it shows with the few styles the launcher carries, so its notice can still be read.
 */
function stylePanel(launcher: Launcher, panel: Panel): void {
  const shown = () => {
    panel.element.dataset.styled = '';
  };
  panelStyles().then((css) => {
    adoptStyles(launcher.shadow, css);
    shown();
  }, shown);
}

/**
 * The panel's styles, asked of the worker once per page (panel.js asks as it loads, so a first
 * open finds them there); a failed ask is made again by the next open.
 */
export function panelStyles(): Promise<string> {
  const asked = (panelCss ??= send('ui/panel-styles', {}).then(({ css }) => css));
  asked.catch(() => {
    if (panelCss === asked) panelCss = null;
  });
  return asked;
}

const warmed = new WeakSet<Document>();

/** The one row of the rehearsal (any text lays out the fonts of a title and a preview). */
const REHEARSAL_POINT: PitchPoint = {
  id: '', category: 'my-motivation', title: 'A', text: 'A', tags: [], use: [], order: 0, createdAt: 0, updatedAt: 0, usedCount: 0, origin: 'user',
};

/**
 * Rehearses a first open while the page is idle, once per page. The first panel a page draws costs
 * more than any later one: the browser builds a sheet's rules the first time it styles with it,
 * loads fonts at the sizes and weights it first lays out, sets up the top layer, and our own code
 * runs for the first time. A panel with one row is put in this launcher's shadow root (whose sheets
 * any open puts there for good), laid out and taken out in the same task, so nothing is painted,
 * focused or announced, and the user's first click finds all that done.
 */
export function warmPanel(launcher: Launcher): void {
  const doc = launcher.host.ownerDocument;
  const view = doc.defaultView;
  if (!view || warmed.has(doc)) return;
  warmed.add(doc);
  panelStyles().then((css) => {
    const rehearse = () => {
      if (!launcher.host.isConnected) return void warmed.delete(doc);
      adoptStyles(launcher.shadow, PANEL_BASE_CSS);
      adoptStyles(launcher.shadow, css);
      const panel = new Panel(doc, { pick: () => undefined, dismiss: () => undefined });
      panel.setData([REHEARSAL_POINT], {});
      launcher.shadow.append(panel.element);
      try {
        panel.element.showPopover();
      } catch {
        panel.element.style.display = 'block';
      }
      panel.element.getBoundingClientRect();
      panel.element.remove();
    };
    if (view.requestIdleCallback) view.requestIdleCallback(rehearse);
    else view.setTimeout(rehearse);
  }, () => warmed.delete(doc));
}

/**
 * Opens a panel in the launcher's shadow root, as a popover above the page, next to the launcher:
 * it follows the launcher as the page scrolls or resizes, and a press anywhere outside closes it.
 */
export function hostPanel(launcher: Launcher, events: PanelEvents & { outside(): void }): HostedPanel {
  const doc = launcher.host.ownerDocument;
  const life = new AbortController();
  const panel = new Panel(doc, events);
  // Read before the panel is in the page, which would have the page laid out again first.
  panel.place(launcher.button.getBoundingClientRect());
  adoptStyles(launcher.shadow, PANEL_BASE_CSS);
  launcher.shadow.append(panel.element);
  stylePanel(launcher, panel);
  try {
    panel.element.showPopover();
  } catch {
    // No popover support (older browsers): the panel is still fixed-positioned above the page.
  }
  const place = () => {
    if (!life.signal.aborted) panel.place(launcher.button.getBoundingClientRect());
  };
  launcher.button.setAttribute('aria-expanded', 'true');
  let frame = 0;
  const replace = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(place);
  };
  const { signal } = life;
  doc.addEventListener('scroll', replace, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', replace, { signal });
  doc.addEventListener('pointerdown', (event) => {
    if (!event.composedPath().includes(launcher.host)) events.outside();
  }, { capture: true, signal });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    panel.element.remove();
    launcher.button.setAttribute('aria-expanded', 'false');
  }, { once: true });
  return { panel, life };
}
