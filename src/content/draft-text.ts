/**
 * Reads a compose body the way the user sees it: one line per block, without the quoted
 * reply and signature the mail site keeps inside the same editor. The coach then judges only
 * what the user wrote in this message.
 */

/** Containers whose content is not the user's words in this message; skipped with everything inside. */
const DROPPED = [
  // Gmail: the quoted history (older and newer class names), the signature and its "-- " prefix.
  '.gmail_quote',
  '.gmail_quote_container',
  '.gmail_extra',
  '.gmail_signature',
  '.gmail_signature_prefix',
  // Quoted mail from Apple Mail, Thunderbird and others keeps type="cite".
  'blockquote[type="cite"]',
  // Outlook on the web: the signature block, also the mobile apps' "Get Outlook for…" line.
  '#Signature',
  '#ms-outlook-mobile-signature',
];

/**
 * Outlook on the web puts the reply header here and the quoted message after it as siblings,
 * not inside, so the walk stops at these: they and everything after them are history.
 */
const STOPS = ['#divRplyFwdMsg', '#appendonsend'];

/** Never shown as text: reading them would put CSS or code into the draft. */
const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'IMG', 'OBJECT', 'IFRAME']);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

const CELLS = new Set(['TD', 'TH']);

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/**
 * Gmail's "indent" button wraps text in a borderless blockquote; that is the user's own text,
 * unlike a quoted reply, which Gmail marks with `gmail_quote` and a left border.
 */
function quotedBlockquote(el: Element): boolean {
  if (el.tagName !== 'BLOCKQUOTE') return false;
  const style = el.getAttribute('style') ?? '';
  return !/border\s*:\s*none/i.test(style);
}

/** Selectors that do not parse are left out rather than breaking the read. */
function validSelectors(selectors: readonly string[], probe: Element): string[] {
  return selectors.filter((selector) => {
    try {
      probe.matches(selector);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The compose body's text: block elements and `<br>` become line breaks (never more than one
 * blank line in a row), list items start with "- ", table cells are separated by a space.
 * Quoted replies and signatures (Gmail's, Outlook's, plain cited blockquotes and any
 * `quoteSelectors` the site adds) are left out; Outlook's reply header and everything after it
 * end the text.
 */
export function draftText(body: Element, quoteSelectors: readonly string[] = []): string {
  const dropped = validSelectors([...DROPPED, ...quoteSelectors], body).join(',');
  const stops = STOPS.join(',');
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

  const walk = (node: Node, pre: boolean) => {
    if (stopped) return;
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      // Collapse only what HTML collapses; \s would also swallow the non-breaking spaces users type.
      const text = (pre ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ')).replace(/\u00a0/g, ' ');
      // A run of spaces at the start of a line is layout, not text.
      out += !pre && (out === '' || out.endsWith('\n')) ? text.replace(/^ /, '') : text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (el.matches(stops)) {
      stopped = true;
      return;
    }
    if (NOT_TEXT.has(tag) || hidden(el) || (dropped !== '' && el.matches(dropped)) || quotedBlockquote(el)) return;
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
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (block) lineBreak();
  };

  for (let child = body.firstChild; child; child = child.nextSibling) walk(child, false);
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
