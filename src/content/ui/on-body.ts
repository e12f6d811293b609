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
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer)) return null;
  // A collapsed caret at a line's start has no rect of its own: its line's element stands in.
  const rect = range.getClientRects()[0] ?? (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.getBoundingClientRect();
  return rect ?? null;
}

const overlaps = (a: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

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
  const up = { left, top, right: left + width, bottom: top + height };
  const y = caret && overlaps(caret, up) ? Math.max(top, area.bottom - INSET - height) : top;
  button.style.left = `${Math.round(left - origin.left)}px`;
  button.style.top = `${Math.round(y - origin.top)}px`;
}
