import { ContextInvalidatedError } from '../../shared/messages';
import { h } from './element';
import type { LauncherSlot } from '../site-kit/adapter';
import { adoptStyles } from './sheets';
import { UI_CSS } from './styles';

/** The button we put in a compose's toolbar row; the panel opens in the same shadow root. */
export interface Launcher {
  host: HTMLElement;
  shadow: ShadowRoot;
  button: HTMLButtonElement;
  /** Room for a short status beside the icon (the coach's coverage). */
  badge: HTMLElement;
}

const LABEL = 'Remote Pitch: insert a talking point (Alt+Shift+P)';
// A speech bubble with a house: the request email about working from home.
const ICON = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm8 3-5 4h1.5v4h2.5v-3h2v3h2.5v-4H17z';
const SVG = 'http://www.w3.org/2000/svg';

/**
 * Builds the launcher for a slot. A table row can't host a shadow root on a `td` (attachShadow
 * refuses table cells), so there the host is a span laid out as a cell.
 */
export function createLauncher(doc: Document, slot: LauncherSlot): Launcher {
  const host = h(doc, slot.wrapperTag === 'td' || slot.wrapperTag === 'span' ? 'span' : 'div', { 'data-remote-pitch': 'launcher', 'data-slot': slot.wrapperTag });
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, UI_CSS);
  const badge = h(doc, 'span', { class: 'badge', 'data-testid': 'rp-badge', hidden: true });
  const button = h(doc, 'button', {
    type: 'button',
    class: 'launcher rp-launcher',
    'data-testid': 'rp-launcher',
    'aria-label': LABEL,
    title: LABEL,
    'aria-haspopup': 'dialog',
    'aria-expanded': 'false',
  }, badge);
  // Built node by node: Gmail enforces Trusted Types, and no markup string is needed anyway.
  const icon = doc.createElementNS(SVG, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON);
  icon.append(path);
  button.prepend(icon);
  shadow.append(button);
  return { host, shadow, button, badge };
}

/**
 * Puts a short status (the coach's "5/8") beside the icon, and its spoken form into the button's
 * name, which is all a screen reader announces. Once the page needs a reload, that message stays.
 */
export function showBadge(launcher: Launcher, text: string | null, spoken?: string, label = spoken ? `${LABEL}. ${spoken}` : LABEL): void {
  const { button, badge } = launcher;
  if (button.dataset.state === 'reload') return;
  badge.textContent = text;
  badge.hidden = !text;
  button.title = label;
  button.setAttribute('aria-label', label);
}

/**
 * Says beside the launcher why the panel did not open (its script could not load), so a click
 * never does nothing; null takes the message away again.
 */
export function showLaunchError(launcher: Launcher, text: string | null): void {
  const { shadow, host } = launcher;
  shadow.querySelector('.note')?.remove();
  // A new element each time, so a second failure is announced again.
  if (text) shadow.append(h(host.ownerDocument, 'span', { class: 'note', role: 'alert', 'data-testid': 'rp-launch-error' }, text));
}

/** After an extension update the page keeps an orphaned script: say what helps instead of failing silently. */
export function markNeedsReload(launcher: Launcher): void {
  showBadge(launcher, 'Reload page', '', new ContextInvalidatedError().message);
  launcher.button.dataset.state = 'reload';
}

