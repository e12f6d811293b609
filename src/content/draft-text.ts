/**
 * Reads a compose body the way the user sees it: one line per block, without the quoted
 * reply and signature the mail site keeps inside the same editor. The coach then judges only
 * what the user wrote in this message.
 *
 * Done in two halves because the coach runs in the service worker, which has no DOM: in the page,
 * `draftTree` does what needs the DOM (matching selectors) and keeps only tag names, inline styles
 * and text; `treeText` lays that out as lines wherever it runs. Neither half changes the body.
 */

import { treeText, type DraftNode } from '../core/draft-tree';

/**
 * Signature blocks: Gmail's, Outlook on the web's, and the Outlook apps' "Get Outlook for…" line.
 * A click below the last line of a short draft puts the caret at the end of the signature, so
 * whatever the user types lands inside it: a signature is left out only while it holds what it
 * held when first read.
 */
const SIGNATURES = '.gmail_signature,#Signature,#ms-outlook-mobile-signature';
const signatureText = new WeakMap<Element, string | null>();

/** Containers whose content is not the user's words in this message; left out with everything inside. */
const DROPPED = [
  // Gmail: the quoted history (older and newer class names) and the signature's "-- " line.
  '.gmail_quote',
  '.gmail_quote_container',
  '.gmail_extra',
  '.gmail_signature_prefix',
  // Hidden by attribute (hidden by style is `treeText`'s to see).
  '[hidden]',
  '[aria-hidden=true]',
].join();

/**
 * Outlook on the web puts the reply header here and the quoted message after it as siblings,
 * not inside, so the read stops at these: they and everything after them are history.
 */
const STOPS = '#divRplyFwdMsg,#appendonsend';

/** Selectors that do not parse are left out rather than breaking the read. */
function parses(probe: Element) {
  return (selector: string) => {
    try {
      probe.matches(selector);
      return true;
    } catch {
      return false;
    }
  };
}

/** The body as `DraftNode`s, without quoted replies, signatures (the site's `quoteSelectors` too) or hidden elements. */
export function draftTree(body: Element, quoteSelectors: readonly string[] = []): DraftNode[] {
  const dropped = [DROPPED, ...quoteSelectors.filter(parses(body))].join();
  const walk = (parent: Node): DraftNode[] => {
    const out: DraftNode[] = [];
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        out.push(node.nodeValue ?? '');
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (el.matches(STOPS)) {
          out.push(0);
          break;
        }
        if (el.matches(SIGNATURES)) {
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

/**
 * The compose body's text as the coach reads it: quoted replies and signatures (Gmail's,
 * Outlook's, plain cited blockquotes and any `quoteSelectors` the site adds) are left out;
 * Outlook's reply header and everything after it end the text.
 */
export function draftText(body: Element, quoteSelectors: readonly string[] = []): string {
  return treeText(draftTree(body, quoteSelectors));
}
