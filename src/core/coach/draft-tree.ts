/**
 * The second half of reading a compose body (the first, `draftTree`, runs in the page and needs the
 * DOM): lays the body's tags, inline styles and text out as the lines the user sees, and remembers
 * where each character came from, so a finding's sentence can be found again in the page's DOM.
 * Pure, so the service worker, which has no DOM, can run it next to the coach.
 *
 * The tree arrives as a message from a mail page, so the walk trusts nothing about it: it is
 * iterative (a tree nested a million deep cannot overflow the stack), it skips anything not shaped
 * like a `DraftNode`, it stops at `MAX_NODES` nodes or `MAX_CHARS` characters of text, and every
 * step appends or looks back a bounded amount, so its cost is linear in what it reads.
 */

/**
 * Text, the point where the user's own words end (0), a node left out (1: a comment, a quote, an
 * unchanged signature, kept so each node's index is its index among the page's child nodes), or an
 * element as its tag name, its `style` attribute and its children.
 */
export type DraftNode = string | 0 | 1 | [string, string | null, ...DraftNode[]];

/** More than any request email: the coach reads this much of a draft and no more. */
export const MAX_CHARS = 50_000;

/**
 * Nodes a walk visits at most, whatever the tree holds. The page's read (draft-reading.ts) counts
 * each node against the same `MAX_CHARS`, so a real body never comes near this; a forged message
 * of siblings or nesting is cut here, in a few milliseconds.
 */
const MAX_NODES = 25_000;

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
 * A place in the page's body: the child-index path from the body to a text node, and an offset in
 * it (the shape the page's caret keeper restores ranges from).
 */
interface BodyPoint {
  path: number[];
  offset: number;
}

export interface DraftLayout {
  text: string;
  /** The tree held more than the layout read (`MAX_CHARS`, `MAX_NODES`). */
  truncated: boolean;
  /** Where the character at `offset` came from; null for a line break or list marker the layout made up. */
  pointAt(offset: number): BodyPoint | null;
  /** The place just after the character before `offset`: where a span ending at `offset` ends. */
  pointAfter(offset: number): BodyPoint | null;
}

/** Characters `text[out…out+length)` are the leaf's characters `[at…at+length)`. */
interface Segment {
  out: number;
  leaf: number;
  at: number;
  length: number;
}

/** A space waiting to be written: the next visible character writes it, a line end drops it. */
type PendingSpace = { leaf: number; at: number } | null;

interface Frame {
  node: readonly unknown[];
  next: number;
  /** The node's index among its parent's children in the page (an element's children start at 2 in the tree). */
  place: number;
  parent: Frame | null;
  pre: boolean;
  block: boolean;
}

/** The next character `writeText` treats as space (the end of a run of visible ones). */
const SPACE_AHEAD = /[ \t\n\r\f\u00a0]/g;

const isSpace = (code: number) => code === 32 || code === 9 || code === 13 || code === 12;

class Writer {
  readonly parts: string[] = [];
  readonly segments: Segment[] = [];
  length = 0;
  full = false;
  private pendingSpaces: PendingSpace[] = [];
  private pendingLines = 0;
  /** Just after a list item's marker: a block opening right inside the item stays on its line. */
  private afterBullet = false;
  private lastIsSpace = false;

  constructor(private readonly max: number) {}

  private put(text: string, from: { leaf: number; at: number } | null): void {
    this.parts.push(text);
    if (from) {
      const last = this.segments[this.segments.length - 1];
      if (last && last.leaf === from.leaf && last.at + last.length === from.at && last.out + last.length === this.length) last.length += text.length;
      else this.segments.push({ out: this.length, leaf: from.leaf, at: from.at, length: text.length });
    }
    this.length += text.length;
    this.lastIsSpace = text === ' ';
    if (this.length >= this.max) this.full = true;
  }

  /** Writes what is waiting, then visible characters (no spaces among them). */
  visible(chars: string, from: { leaf: number; at: number } | null): void {
    if (this.pendingLines > 0) {
      if (this.length > 0) this.put(this.pendingLines > 1 ? '\n\n' : '\n', null);
      this.pendingLines = 0;
    }
    for (const space of this.pendingSpaces) {
      if (this.full) return;
      this.put(' ', space);
    }
    this.pendingSpaces = [];
    if (this.full) return;
    this.afterBullet = false;
    this.put(chars, from);
  }

  /** A space in the text; `collapse` merges it with the space before, as HTML does outside <pre>. */
  space(from: PendingSpace, collapse: boolean): void {
    const atLineStart = this.length === 0 || this.pendingLines > 0;
    if (collapse && (atLineStart || this.pendingSpaces.length > 0 || this.lastIsSpace)) return;
    this.pendingSpaces.push(from);
  }

  /** A forced line end (<br>, a line break inside <pre>); two in a row make the one blank line allowed. */
  lineEnd(): void {
    this.pendingSpaces = [];
    this.lastIsSpace = false;
    if (this.length > 0 || this.pendingLines > 0) this.pendingLines = Math.min(this.pendingLines + 1, 2);
  }

  /** The edge of a block: ends the line unless it is already ended. */
  blockEdge(): void {
    if (this.afterBullet) return;
    this.pendingSpaces = [];
    if (this.length > 0 && this.pendingLines === 0) this.pendingLines = 1;
  }

  /** Table cells sit on one line, a space apart. */
  cellEdge(): void {
    if (this.length > 0 && this.pendingLines === 0 && this.pendingSpaces.length === 0 && !this.lastIsSpace) this.pendingSpaces.push(null);
  }

  bullet(): void {
    this.visible('-', null);
    this.pendingSpaces.push(null);
    this.afterBullet = true;
  }
}

function firstEndingAfter(segments: readonly Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid];
    if (segment && segment.out + segment.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  const found = segments[lo];
  return found && found.out <= offset ? found : undefined;
}

/**
 * The text of `draftTree`'s nodes: block elements and `<br>` become line breaks (never more than
 * one blank line in a row), list items start with "- ", table cells are separated by a space;
 * elements hidden by style, quoted blockquotes, scripts and styles are left out; the text ends at
 * the first stop mark, or after `maxChars` characters.
 */
export function layOutTree(nodes: readonly unknown[], maxChars = MAX_CHARS): DraftLayout {
  const out = new Writer(maxChars);
  /** Per string of the tree, its frame and its index there: enough to rebuild its path on demand. */
  const leafFrames: Frame[] = [];
  const leafPlaces: number[] = [];
  let visited = 0;
  const root: Frame = { node: Array.isArray(nodes) ? nodes : [], next: 0, place: 0, parent: null, pre: false, block: false };
  const stack: Frame[] = [root];
  const childPlace = (frame: Frame) => (frame === root ? frame.next - 1 : frame.next - 3);

  const writeText = (text: string, leaf: number, pre: boolean) => {
    for (let i = 0; i < text.length && !out.full; ) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        if (pre) out.lineEnd();
        else out.space({ leaf, at: i }, true);
        i++;
      } else if (isSpace(code)) {
        out.space({ leaf, at: i }, !pre);
        i++;
      } else if (code === 0xa0) {
        // Typed non-breaking spaces are kept, one by one: HTML does not collapse them.
        out.space({ leaf, at: i }, false);
        i++;
      } else {
        // A word at a time: one piece of output and one mapping for the whole run.
        SPACE_AHEAD.lastIndex = i;
        const end = SPACE_AHEAD.exec(text)?.index ?? text.length;
        out.visible(text.slice(i, end), { leaf, at: i });
        i = end;
      }
    }
  };

  while (stack.length > 0 && !out.full) {
    const frame = stack[stack.length - 1];
    if (!frame) break;
    if (frame.next >= frame.node.length) {
      stack.pop();
      if (frame.block) out.blockEdge();
      continue;
    }
    const node = frame.node[frame.next++];
    // Past the node budget, or at the stop mark: the rest is not read.
    if (++visited > MAX_NODES || node === 0) break;
    if (typeof node === 'string') {
      const leaf = leafFrames.length;
      leafFrames.push(frame);
      leafPlaces.push(childPlace(frame));
      writeText(node, leaf, frame.pre);
      continue;
    }
    if (!Array.isArray(node) || typeof node[0] !== 'string') continue;
    const tag = node[0].toUpperCase();
    const style = typeof node[1] === 'string' ? node[1] : '';
    if (NOT_TEXT.has(tag) || HIDDEN_STYLE.test(style) || quotedBlockquote(tag, style)) continue;
    if (tag === 'BR') {
      out.lineEnd();
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) out.blockEdge();
    if (CELLS.has(tag)) out.cellEdge();
    if (tag === 'LI') out.bullet();
    stack.push({ node, next: 2, place: childPlace(frame), parent: frame, pre: frame.pre || tag === 'PRE', block });
  }

  const text = out.parts.join('').slice(0, maxChars);
  const { segments } = out;
  const pathOf = (leaf: number): number[] => {
    const path = [leafPlaces[leaf] ?? 0];
    for (let frame = leafFrames[leaf]; frame && frame !== root; frame = frame.parent ?? undefined) path.unshift(frame.place);
    return path;
  };
  const point = (segment: Segment | undefined, offset: number): BodyPoint | null =>
    segment ? { path: pathOf(segment.leaf), offset: segment.at + (offset - segment.out) } : null;
  return {
    text,
    truncated: out.full || visited > MAX_NODES,
    pointAt: (offset) => point(firstEndingAfter(segments, offset), offset),
    pointAfter: (offset) => point(firstEndingAfter(segments, offset - 1), offset),
  };
}

/**
 * Just the text of `layOutTree`.
 * @internal Exported for its unit tests.
 */
export function treeText(nodes: readonly unknown[]): string {
  return layOutTree(nodes).text;
}

/** A plain-text draft (not a tree) as a layout: the same limit, and no places in a page to point back to. */
export function layOutText(text: string, maxChars = MAX_CHARS): DraftLayout {
  return { text: text.slice(0, maxChars), truncated: text.length > maxChars, pointAt: () => null, pointAfter: () => null };
}
