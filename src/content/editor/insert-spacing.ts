/**
 * A point inserted right after a sentence must not glue onto it ("11 January.I suggest…"), nor a
 * word typed after the caret onto the point's last word. The editors lay lines out as blocks and
 * `<br>`s, so "the character before the caret" is looked up in the DOM, stopping at a line's edge.
 */

/** Text, and elements that flow inside a line; any other node starts or ends one. */
const INLINE = /^(?:#text|A|B|I|U|S|EM|FONT|SPAN|STRONG|CODE|SUB|SUP|SMALL)$/;

/**
 * The character on one side of a boundary point: '' at the body's edge, '\n' across a line break
 * or block edge, 'x' for an image (Gmail draws emoji as images, which read as a word).
 */
function charBeside(body: Node, node: Node, offset: number, back: boolean): string {
  for (;;) {
    const at = back ? offset - 1 : offset;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (at >= 0 && at < data.length) return data.charAt(at);
    }
    const child = node.childNodes[at];
    if (child) {
      if (child.nodeName === 'IMG') return 'x';
      if (!INLINE.test(child.nodeName)) return '\n';
      node = child;
      offset = back ? ('length' in child ? (child as Text).length : child.childNodes.length) : 0;
    } else {
      const parent = node.parentNode;
      if (node === body || !parent) return '';
      if (!INLINE.test(node.nodeName)) return '\n';
      offset = [...parent.childNodes].indexOf(node as ChildNode) + (back ? 0 : 1);
      node = parent;
    }
  }
}

/**
 * `text` with a space before it when it would touch the end of a word or sentence, and after it
 * when a word follows; nothing at a line's start, after an opening bracket or quote, or before
 * punctuation.
 * @internal Exported for its unit tests.
 */
export function spaced(before: string, text: string, after: string): string {
  const lead = before !== '' && !/[\s([{“‘«]/.test(before) && /^\S/.test(text) ? ' ' : '';
  const tail = after !== '' && !/[\s\p{P}]/u.test(after) && /\S$/.test(text) ? ' ' : '';
  return lead + text + tail;
}

/** The text to insert at `range` in `body`, spaced from its neighbours. */
export function spaceForCaret(body: HTMLElement, range: Range, text: string): string {
  return spaced(
    charBeside(body, range.startContainer, range.startOffset, true),
    text,
    charBeside(body, range.endContainer, range.endOffset, false),
  );
}
