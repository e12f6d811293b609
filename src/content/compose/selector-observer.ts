import { adoptStyles } from '../ui/sheets';

/**
 * Calls `found` for every element that starts matching `selector`, within a frame of it rendering,
 * with no polling and no document-wide MutationObserver (which slowed pages down for Mixmax and
 * gmail.js alike). A do-nothing CSS animation on the selector makes the browser announce each
 * match with `animationstart`; the browser's own style engine does the matching (the idea of
 * refined-github's selector-observer). An element that is moved or re-inserted restarts its
 * animation, so a re-rendered compose is announced again; hidden ones wait until they show.
 *
 * The rule goes in through `adoptedStyleSheets`, so the page's DOM gets no element from us until a
 * compose is really found.
 */
export function observeSelector(doc: Document, selector: string, found: (element: HTMLElement) => void, signal: AbortSignal): void {
  const name = `rp-seen-${Math.random().toString(36).slice(2, 10)}`;
  // :where() keeps the rule's specificity at zero so any animation the site sets on the element wins.
  signal.addEventListener('abort', adoptStyles(doc, `@keyframes ${name}{}:where(${selector}){animation:1ms ${name}}`), { once: true });
  doc.addEventListener(
    'animationstart',
    (event) => {
      const target = event.target;
      if (event.animationName !== name || event.pseudoElement || !(target instanceof HTMLElement)) return;
      if (target.matches(selector)) found(target);
    },
    { capture: true, signal },
  );
}
