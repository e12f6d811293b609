/**
 * Reads a compose body the way the user sees it: one line per block, without the quoted
 * reply and signature the mail site keeps inside the same editor. The coach then judges only
 * what the user wrote in this message.
 *
 * Done in two halves because the coach runs in the service worker, which has no DOM: in the page,
 * `draftTree` does what needs the DOM (matching selectors) and keeps only tag names, inline styles
 * and text; `treeText` lays that out as lines wherever it runs. Neither half changes the body.
 */

/**
 * Text, the point where the user's own words end (0), or an element as its tag name, its `style`
 * attribute and its children.
 */
export type DraftNode = string | 0 | [string, string | null, ...DraftNode[]];

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

/** Never shown as text: reading them would put CSS or code into the draft. */
const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'IMG', 'OBJECT', 'IFRAME']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * Quoted mail from Apple Mail, Thunderbird and others is a blockquote with a left border. Gmail's
 * "indent" button also wraps text in a blockquote, but a borderless one: that is the user's own text.
 */
const quotedBlockquote = (tag: string, style: string) => tag === 'BLOCKQUOTE' && !/border\s*:\s*none/i.test(style);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

const CELLS = new Set(['TD', 'TH']);

/**
 * The text of `draftTree`'s nodes: block elements and `<br>` become line breaks (never more than
 * one blank line in a row), list items start with "- ", table cells are separated by a space;
 * elements hidden by style, quoted blockquotes, scripts and styles are left out; the text ends at
 * the first stop mark. Anything not shaped like a `DraftNode` is skipped, since
 * the nodes arrive as a message from a page.
 */
export function treeText(nodes: readonly unknown[]): string {
  let out = '';
  let stopped = false;
  /** Where the last list marker ended: a block opening right inside a list item stays on its line. */
  let bulletEnd = -1;

  const trimEnd = () => {
    while (out.endsWith(' ') || out.endsWith('\t')) out = out.slice(0, -1);
  };
  const lineBreak = () => {
    if (out.length === bulletEnd) return;
    trimEnd();
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const space = () => {
    if (out !== '' && !/\s$/.test(out)) out += ' ';
  };

  const walk = (node: unknown, pre: boolean) => {
    if (stopped) return;
    if (node === 0) {
      stopped = true;
      return;
    }
    if (typeof node === 'string') {
      // Collapse only what HTML collapses; \s would also swallow the non-breaking spaces users type.
      const text = (pre ? node : node.replace(/[ \t\n\r\f]+/g, ' ')).replace(/\u00a0/g, ' ');
      // A run of spaces at the start of a line is layout, not text.
      out += !pre && (out === '' || out.endsWith('\n')) ? text.replace(/^ /, '') : text;
      return;
    }
    if (!Array.isArray(node) || typeof node[0] !== 'string') return;
    const tag = node[0].toUpperCase();
    const style = typeof node[1] === 'string' ? node[1] : '';
    if (NOT_TEXT.has(tag) || HIDDEN_STYLE.test(style) || quotedBlockquote(tag, style)) return;
    if (tag === 'BR') {
      trimEnd();
      out += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) lineBreak();
    if (CELLS.has(tag)) space();
    if (tag === 'LI') {
      out += '- ';
      bulletEnd = out.length;
    }
    const inPre = pre || tag === 'PRE';
    for (let i = 2; i < node.length; i++) walk(node[i], inPre);
    if (block) lineBreak();
  };

  for (const node of nodes) walk(node, false);
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * The compose body's text as the coach reads it: quoted replies and signatures (Gmail's,
 * Outlook's, plain cited blockquotes and any `quoteSelectors` the site adds) are left out;
 * Outlook's reply header and everything after it end the text.
 */
export function draftText(body: Element, quoteSelectors: readonly string[] = []): string {
  return treeText(draftTree(body, quoteSelectors));
}
