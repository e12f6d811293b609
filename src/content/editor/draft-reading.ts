import type { DraftNode } from '../../core/coach/draft-tree';
import type { DraftRules } from '../site-kit/adapter';

/**
 * Reads a compose body the way the user sees it, without the quoted reply and signature the mail
 * site keeps inside the same editor, so the coach judges only what the user wrote in this message.
 * Which elements those are is each site adapter's knowledge (`DraftRules`).
 *
 * Done in two halves because the coach runs in the service worker, which has no DOM: in the page,
 * `draftTree` does what needs the DOM (matching selectors) and keeps only tag names, inline styles
 * and text; `treeText` (core/coach/draft-tree.ts) lays that out as lines wherever it runs. Neither half
 * changes the body.
 */

/** Hidden by attribute on any site (hidden by style is `treeText`'s to see). */
const HIDDEN = ['[hidden]', '[aria-hidden=true]'];

/** What each signature held when first read; once it differs the user has typed into it. */
const signatureText = new WeakMap<Element, string | null>();

/** Selectors that do not parse are left out rather than breaking the read. */
function parsing(probe: Element, selectors: readonly string[]): string {
  return selectors
    .filter((selector) => {
      try {
        probe.matches(selector);
        return true;
      } catch {
        return false;
      }
    })
    .join();
}

/** The body as `DraftNode`s, without what `rules` say is not the user's words, nor hidden elements. */
export function draftTree(body: Element, rules: DraftRules): DraftNode[] {
  const dropped = parsing(body, [...HIDDEN, ...rules.drop]);
  const signatures = parsing(body, rules.signatures);
  const stops = parsing(body, rules.historyStarts);
  const walk = (parent: Node): DraftNode[] => {
    const out: DraftNode[] = [];
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        out.push(node.nodeValue ?? '');
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (stops && el.matches(stops)) {
          out.push(0);
          break;
        }
        if (signatures && el.matches(signatures)) {
          if (!signatureText.has(el)) signatureText.set(el, el.textContent);
          if (signatureText.get(el) === el.textContent) continue;
        } else if (el.matches(dropped)) {
          continue;
        }
        out.push([el.tagName, el.getAttribute('style'), ...walk(el)]);
      }
    }
    return out;
  };
  return walk(body);
}
