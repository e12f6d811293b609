import { MAX_CHARS, type DraftNode } from '../../core/coach/draft-tree';
import type { DraftRules } from '../site-kit/adapter';

/**
 * Reads a compose body the way the user sees it, without the quoted reply and signature the mail
 * site keeps inside the same editor, so the coach judges only what the user wrote in this message.
 * Which elements those are is each site adapter's knowledge (`DraftRules`).
 *
 * Done in two halves because the coach runs in the service worker, which has no DOM: in the page,
 * `readDraft` does what needs the DOM (matching selectors) and keeps only tag names, inline styles
 * and text; `layOutTree` (core/coach/draft-tree.ts) lays that out as lines wherever it runs. Neither
 * half changes the body.
 */

/** Hidden by attribute on any site (hidden by style is `layOutTree`'s to see). */
const HIDDEN = ['[hidden]', '[aria-hidden=true]'];

/** Elements a read visits at most: a body of a million empty spans costs the page no more than this. */
const MAX_ELEMENTS = 20_000;

/** What each signature held when first read; once it differs the user has typed into it. */
const signatureText = new WeakMap<Element, string | null>();

export interface DraftRead {
  /** The body as `DraftNode`s, cut with a stop mark (0) where the history starts or the limits are reached. */
  tree: DraftNode[];
  /** The tree's strings as the page's text nodes, in the same order: where the worker's offsets point. */
  leaves: Text[];
}

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

/**
 * The body without what `rules` say is not the user's words, nor hidden elements. The size limit
 * applies while walking, not after: once the coach's `MAX_CHARS` of text or `MAX_ELEMENTS`
 * elements are read, the walk ends there, so a huge body costs the page a bounded walk and the
 * worker a bounded message.
 */
export function readDraft(body: Element, rules: DraftRules): DraftRead {
  const dropped = parsing(body, [...HIDDEN, ...rules.drop]);
  const signatures = parsing(body, rules.signatures);
  const stops = parsing(body, rules.historyStarts);
  const leaves: Text[] = [];
  let room = MAX_CHARS;
  let elements = MAX_ELEMENTS;
  let done = false;
  const walk = (parent: Node): DraftNode[] => {
    const out: DraftNode[] = [];
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (room <= 0 || elements <= 0) {
        done = true;
        out.push(0);
        break;
      }
      if (node.nodeType === 3) {
        const text = node.nodeValue ?? '';
        out.push(text);
        leaves.push(node as Text);
        room -= text.length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      elements--;
      if (stops && el.matches(stops)) {
        done = true;
        out.push(0);
        break;
      }
      const signature = signatures !== '' && el.matches(signatures);
      if (signature && !signatureText.has(el)) signatureText.set(el, el.textContent);
      if (signature ? signatureText.get(el) === el.textContent : el.matches(dropped)) continue;
      out.push([el.tagName, el.getAttribute('style'), ...walk(el)]);
      if (done) break;
    }
    return out;
  };
  return { tree: walk(body), leaves };
}

/**
 * Just the tree of `readDraft`.
 * @internal Exported for the site adapters' unit tests.
 */
export function draftTree(body: Element, rules: DraftRules): DraftNode[] {
  return readDraft(body, rules).tree;
}
