import type { Launcher } from './launcher';

/**
 * The launcher for a compose whose toolbar we no longer recognise (the site changed it): small,
 * over a top corner of the body at the end of the lines (right, or left on a right-to-left body),
 * and over the bottom one while the caret is up there, so it never covers where the user types.
 * Its host is an empty box just before the body, so the body's text and layout stay the site's own.
 */
const INSET = 6;

function caretRect(body: HTMLElement): DOMRect | null {
  const selection = body.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  return range && body.contains(range.startContainer) ? range.getBoundingClientRect() : null;
}

export function placeOnBody(launcher: Launcher, body: HTMLElement): void {
  const view = body.ownerDocument.defaultView;
  if (!view) return;
  const { button, host } = launcher;
  const area = body.getBoundingClientRect();
  const origin = host.getBoundingClientRect();
  const width = button.offsetWidth;
  const height = button.offsetHeight;
  const left = view.getComputedStyle(body).direction === 'rtl' ? area.left + INSET : area.right - INSET - width;
  const top = area.top + INSET;
  const caret = caretRect(body);
  // The caret's box (a collapsed one is a line's height tall) against the top corner's.
  const covered = caret !== null && caret.left <= left + width && caret.right >= left && caret.top < top + height && caret.bottom > top;
  const y = covered ? Math.max(top, area.bottom - INSET - height) : top;
  button.style.left = `${Math.round(left - origin.left)}px`;
  button.style.top = `${Math.round(y - origin.top)}px`;
}
