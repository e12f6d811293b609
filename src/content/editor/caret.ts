/**
 * Where the user's caret was in one compose body, kept while focus is elsewhere (our search box).
 *
 * A live Range follows edits, but when a site moves the body (Gmail's full screen) or rebuilds
 * around it, the browser pulls the range's ends out to the removed node's parent, outside the
 * body: it would insert "inside invisible formatting elements elsewhere" (InboxSDK PR #655). An
 * editor that draws the body anew from its model (roosterjs) pulls them up to the body itself,
 * after the new lines. So a copy of the position is also kept as a path of child indexes from the
 * body, which survives a move of the whole body and a redraw with the same structure, and the live
 * range is trusted only while it still sits in the nodes it was saved in.
 */
interface Point {
  path: number[];
  offset: number;
}

export interface SavedCaret {
  range: Range;
  /** The nodes the range was in when saved: once it sits elsewhere, the DOM around it was replaced. */
  containers: readonly [Node, Node];
  start: Point;
  end: Point;
}

function pathFrom(body: Node, node: Node): number[] | null {
  const path: number[] = [];
  for (let at: Node | null = node; at !== body; at = at.parentNode) {
    if (!at?.parentNode) return null;
    path.unshift(Array.prototype.indexOf.call(at.parentNode.childNodes, at));
  }
  return path;
}

function nodeAt(body: Node, path: readonly number[]): Node | null {
  let at: Node | null = body;
  for (const index of path) at = at?.childNodes[index] ?? null;
  return at;
}

function lengthOf(node: Node): number {
  return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.COMMENT_NODE ? (node as CharacterData).length : node.childNodes.length;
}

function inside(body: Node, range: Range): boolean {
  return body.isConnected && body.contains(range.startContainer) && body.contains(range.endContainer);
}

/** The selection's range when it lies in `body`, else null. */
export function liveCaret(body: HTMLElement): Range | null {
  const selection = body.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return inside(body, range) ? range : null;
}

/** A copy of the caret in `body`, or null when the selection is not there. */
export function saveCaret(body: HTMLElement): SavedCaret | null {
  const range = liveCaret(body);
  if (!range) return null;
  const start = pathFrom(body, range.startContainer);
  const end = pathFrom(body, range.endContainer);
  if (!start || !end) return null;
  return {
    range: range.cloneRange(),
    containers: [range.startContainer, range.endContainer],
    start: { path: start, offset: range.startOffset },
    end: { path: end, offset: range.endOffset },
  };
}

function fromPath(body: HTMLElement, saved: SavedCaret): Range | null {
  const start = nodeAt(body, saved.start.path);
  const end = nodeAt(body, saved.end.path);
  if (!start || !end || saved.start.offset > lengthOf(start) || saved.end.offset > lengthOf(end)) return null;
  const range = body.ownerDocument.createRange();
  range.setStart(start, saved.start.offset);
  range.setEnd(end, saved.end.offset);
  return range;
}

const unmoved = (saved: SavedCaret) => saved.range.startContainer === saved.containers[0] && saved.range.endContainer === saved.containers[1];

/**
 * The range to insert at: the saved one while it still lies in this body in its own nodes, else
 * the same place found again by path, else wherever the saved one was pulled to in this body, else
 * the start of the body (above any quote or signature, which come last).
 */
export function caretToRestore(body: HTMLElement, saved: SavedCaret | null): Range {
  if (saved && inside(body, saved.range) && unmoved(saved)) return saved.range.cloneRange();
  const again = saved ? fromPath(body, saved) : null;
  if (again) return again;
  if (saved && inside(body, saved.range)) return saved.range.cloneRange();
  const range = body.ownerDocument.createRange();
  range.setStart(body, 0);
  range.collapse(true);
  return range;
}

/** Gives the body focus with the selection at `range`, without scrolling the page. */
export function focusAt(body: HTMLElement, range: Range): void {
  body.focus({ preventScroll: true });
  const selection = body.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
