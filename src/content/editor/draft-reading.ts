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

/**
 * What a read may take in: the characters of text the coach reads, each element or comment counting
 * as a few of them, so a body of a million empty spans costs the page a bounded walk too.
 */
const ELEMENT_COST = 3;

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

/**
 * The body as `DraftNode`s, without what `rules` say is not the user's words, nor hidden elements,
 * cut with a stop mark (0) where the history starts. Every child node keeps its place (one it
 * leaves out stands as a 1), so a place in the tree is a child-index path into the body: where the
 * worker points when it offers to replace a sentence. The size limit
 * applies while walking, not after: once the coach's `MAX_CHARS` of text (elements counting
 * `ELEMENT_COST` each) are read, the walk ends there, so a huge body costs the page a bounded walk
 * and the worker a bounded message.
 */
export function readDraft(body: Element, rules: DraftRules): DraftNode[] {
  const dropped = parsing(body, [...HIDDEN, ...rules.drop]);
  const signatures = parsing(body, rules.signatures);
  const stops = parsing(body, rules.historyStarts);
  // Spent when the limit is reached or the history starts: every level then ends with a stop mark.
  let room = MAX_CHARS;
  const walk = (parent: Node): DraftNode[] => {
    const out: DraftNode[] = [];
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (room <= 0) {
        out.push(0);
        break;
      }
      if (node.nodeType === 3) {
        const text = node.nodeValue ?? '';
        out.push(text);
        room -= text.length;
        continue;
      }
      if (node.nodeType !== 1) {
        // A comment costs room like an element: a page of a million of them still ends the walk early.
        room -= ELEMENT_COST;
        out.push(1);
        continue;
      }
      const el = node as Element;
      room -= ELEMENT_COST;
      if (stops && el.matches(stops)) {
        room = 0;
        out.push(0);
        break;
      }
      const signature = signatures !== '' && el.matches(signatures);
      if (signature && !signatureText.has(el)) signatureText.set(el, el.textContent);
      const left = signature ? signatureText.get(el) === el.textContent : el.matches(dropped);
      out.push(left ? 1 : [el.tagName, el.getAttribute('style'), ...walk(el)]);
    }
    return out;
  };
  return walk(body);
}

/**
 * `readDraft` under its former name.
 * @internal Exported for the site adapters' unit tests.
 */
export function draftTree(body: Element, rules: DraftRules): DraftNode[] {
  return readDraft(body, rules);
}
