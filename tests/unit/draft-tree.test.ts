// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { caretToRestore } from '../../src/content/editor/caret';
import { readDraft } from '../../src/content/editor/draft-reading';
import { layOutTree, MAX_CHARS, treeText, type DraftNode } from '../../src/core/coach/draft-tree';

const NO_RULES = { drop: [], signatures: [], historyStarts: [] };

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('where the laid-out text came from', () => {
  it('points each character back at its text node, as a child-index path, and an offset in it', () => {
    const layout = layOutTree([['DIV', null, 'Hi ', ['B', null, 'Sam'], ', thanks.']]);
    expect(layout.text).toBe('Hi Sam, thanks.');
    expect(layout.pointAt(3)).toEqual({ path: [0, 1, 0], offset: 0 });
    expect(layout.pointAfter(6)).toEqual({ path: [0, 1, 0], offset: 3 });
    expect(layout.pointAt(6)).toEqual({ path: [0, 2], offset: 0 });
    expect(layout.pointAfter(15)).toEqual({ path: [0, 2], offset: 9 });
  });

  it('points a collapsed run of spaces at its first space, and made-up line breaks and list markers at nothing', () => {
    const layout = layOutTree([['DIV', null, 'one   two'], ['UL', null, ['LI', null, 'three']]]);
    expect(layout.text).toBe('one two\n- three');
    expect(layout.pointAt(3)).toEqual({ path: [0, 0], offset: 3 });
    expect(layout.pointAt(4)).toEqual({ path: [0, 0], offset: 6 });
    expect(layout.pointAt(7)).toBeNull();
    expect(layout.pointAt(8)).toBeNull();
    expect(layout.pointAt(10)).toEqual({ path: [1, 0, 0], offset: 0 });
  });

  it('counts what it does not show, and the nodes the page left out, so its paths stay the page\'s', () => {
    const layout = layOutTree([['STYLE', null, '.a{}'], 1, ['DIV', 'display:none', 'hidden'], 'Hello']);
    expect(layout.text).toBe('Hello');
    expect(layout.pointAt(0)).toEqual({ path: [3], offset: 0 });
  });

  it('gives paths the page can turn back into the flagged words, past comments, styles and dropped quotes', () => {
    const el = body('<div>Hi <b>Sam</b>,</div><!-- a note --><style>.x{}</style><blockquote class="q">Quoted.</blockquote><div>I deserve <i>it</i>.</div>');
    const layout = layOutTree(readDraft(el, { drop: ['.q'], signatures: [], historyStarts: [] }));
    const start = layout.text.indexOf('I deserve');
    const from = layout.pointAt(start);
    const to = layout.pointAfter(layout.text.length);
    expect(from && to).toBeTruthy();
    if (!from || !to) return;
    // Saved in other nodes than the range is in now, so the paths are what it is restored from.
    const range = caretToRestore(el, { range: document.createRange(), containers: [el, el], start: from, end: to });
    expect(range.toString()).toBe('I deserve it.');
  });
});

describe('a tree from a page that misbehaves', () => {
  it('reads no more than the coach reads from one enormous string, and says so', () => {
    const layout = layOutTree([['DIV', null, 'word '.repeat(200_000)]]);
    expect(layout.text.length).toBe(MAX_CHARS);
    expect(layout.truncated).toBe(true);
  });

  it('walks a tree nested a million deep without overflowing the stack', () => {
    let node: DraftNode = 'deep down';
    for (let i = 0; i < 1_000_000; i++) node = ['SPAN', null, node];
    const layout = layOutTree([node]);
    expect(layout.truncated).toBe(true);
    expect(layout.text).toBe('');
  });

  it('stops after a bounded number of nodes however many siblings there are', () => {
    // 40 000 characters would fit in MAX_CHARS: only the node budget can stop this walk.
    const layout = layOutTree(Array.from({ length: 40_000 }, () => ['SPAN', null, 'x']));
    expect(layout.truncated).toBe(true);
    expect(layout.text.length).toBeGreaterThan(0);
    expect(layout.text.length).toBeLessThan(40_000);
  });

  it('skips whatever is not shaped like a node', () => {
    const junk: unknown[] = [42, null, { tag: 'DIV' }, [7, 'x', 'no tag'], ['DIV', { style: 1 }, 'kept'], undefined, ['B', null, 'too']];
    expect(treeText(junk)).toBe('kept\ntoo');
    expect(treeText('not a list' as unknown as unknown[])).toBe('');
  });

  it('is not truncated when the draft fits', () => {
    expect(layOutTree([['DIV', null, 'Short.']]).truncated).toBe(false);
  });
});

describe('reading a big body in the page', () => {
  it('stops walking once it has the text the coach reads, and marks where it stopped', () => {
    const el = body(`<div>${'word '.repeat(20_000)}</div>`.repeat(3));
    const tree = readDraft(el, NO_RULES);
    expect(tree).toHaveLength(2);
    expect(tree.at(-1)).toBe(0);
  });

  // Building the body in happy-dom takes seconds on a loaded machine: the timeout guards a hang, not speed.
  it('stops after a bounded number of elements however empty they are', { timeout: 60_000 }, () => {
    const el = body('<span></span>'.repeat(17_000));
    const tree = readDraft(el, NO_RULES);
    expect(tree.length).toBeLessThan(17_000);
    expect(tree.at(-1)).toBe(0);
  });

  it('stops after a bounded number of comments too', { timeout: 60_000 }, () => {
    const el = body('<!-- x -->'.repeat(17_000));
    const tree = readDraft(el, NO_RULES);
    expect(tree.length).toBeLessThan(17_000);
    expect(tree.at(-1)).toBe(0);
  });
});
