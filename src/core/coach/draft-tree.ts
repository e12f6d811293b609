/**
 * The second half of reading a compose body (the first, `draftTree`, runs in the page and needs the
 * DOM): lays the body's tags, inline styles and text out as the lines the user sees. Pure, so the
 * service worker, which has no DOM, can run it next to the coach.
 */

/**
 * Text, the point where the user's own words end (0), or an element as its tag name, its `style`
 * attribute and its children.
 */
export type DraftNode = string | 0 | [string, string | null, ...DraftNode[]];

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
