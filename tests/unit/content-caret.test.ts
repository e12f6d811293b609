// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { caretToRestore, focusAt, liveCaret, saveCaret } from '../../src/content/editor/caret';

/**
 * Caret notation as in text-field-edit's tests: `|` is a collapsed caret, `{…}` a selection.
 * Markup is ours (fixed strings), so building it with innerHTML is safe here.
 */
function body(markup: string): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.innerHTML = markup.replace(/[|{}]/g, '');
  document.body.append(element);
  const marks = locate(element, markup);
  const range = document.createRange();
  range.setStart(marks.start.node, marks.start.offset);
  range.setEnd(marks.end.node, marks.end.offset);
  focusAt(element, range);
  return element;
}

interface Mark { node: Node; offset: number }

/** Finds where the marks were, counting text characters in document order. */
function locate(element: HTMLElement, markup: string): { start: Mark; end: Mark } {
  const plain = markup.replace(/<[^>]+>/g, '');
  const startAt = plain.search(/[|{]/);
  const endMark = plain.includes('}') ? plain.indexOf('}') - 1 : startAt;
  return { start: at(element, startAt), end: at(element, endMark) };
}

function at(element: HTMLElement, offset: number): Mark {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (left <= length) return { node, offset: left };
    left -= length;
  }
  return { node: element, offset: element.childNodes.length };
}

/** The text with the range written back in caret notation. */
function show(element: HTMLElement, range: Range): string {
  const text = (node: Node, offset: number, mark: string) => {
    const probe = document.createRange();
    probe.setStart(element, 0);
    probe.setEnd(node, offset);
    return [probe.toString().length, mark] as const;
  };
  const marks = range.collapsed ? [text(range.startContainer, range.startOffset, '|')] : [text(range.endContainer, range.endOffset, '}'), text(range.startContainer, range.startOffset, '{')];
  let out = element.textContent ?? '';
  for (const [offset, mark] of marks) out = out.slice(0, offset) + mark + out.slice(offset);
  return out;
}

describe('caret store', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('keeps the caret the user left and gives it back', () => {
    const element = body('<div>Dear Morgan,</div><div>I would| like</div>');
    const saved = saveCaret(element);
    document.getSelection()?.removeAllRanges();
    expect(show(element, caretToRestore(element, saved))).toBe('Dear Morgan,I would| like');
  });

  it('keeps a selection, not just a caret', () => {
    const element = body('<div>two {days} a week</div>');
    expect(show(element, caretToRestore(element, saveCaret(element)))).toBe('two {days} a week');
  });

  it('ignores a selection that is in another compose', () => {
    const first = body('<div>first |body</div>');
    const saved = saveCaret(first);
    const second = body('<div>second| body</div>');
    expect(liveCaret(first)).toBeNull();
    expect(saveCaret(first)).toBeNull();
    expect(show(first, caretToRestore(first, saved))).toBe('first |body');
    expect(show(second, caretToRestore(second, saveCaret(second)))).toBe('second| body');
  });

  it('finds the caret again after the site moved the whole body (full screen)', () => {
    const element = body('<div>Hello |world</div>');
    const saved = saveCaret(element);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(element);
    expect(show(element, caretToRestore(element, saved))).toBe('Hello |world');
  });

  it('finds the caret in a rebuilt body with the same structure', () => {
    const old = body('<div>Hello</div><div>wor|ld</div>');
    const saved = saveCaret(old);
    old.remove();
    const rebuilt = body('<div>Hello</div><div>world|</div>');
    document.getSelection()?.removeAllRanges();
    expect(show(rebuilt, caretToRestore(rebuilt, saved))).toBe('Hellowor|ld');
  });

  it('finds the caret again when the editor drew the body anew in place (roosterjs), not where the old lines were pulled to', () => {
    const element = body('<div>Alpha |omega</div><div>Alex Kim</div>');
    const saved = saveCaret(element);
    element.replaceChildren(...[...element.childNodes].map((line) => line.cloneNode(true)));
    // Where a browser moves a live range whose nodes were removed (happy-dom leaves it be).
    saved?.range.setStart(element, 2);
    saved?.range.collapse(true);
    expect(show(element, caretToRestore(element, saved))).toBe('Alpha |omegaAlex Kim');
  });

  it('falls back to the start of the body when the old place no longer exists', () => {
    const old = body('<div>a</div><div>b</div><div>c|</div>');
    const saved = saveCaret(old);
    old.remove();
    const rebuilt = body('<div>|changed</div>');
    document.getSelection()?.removeAllRanges();
    expect(show(rebuilt, caretToRestore(rebuilt, saved))).toBe('|changed');
    expect(show(rebuilt, caretToRestore(rebuilt, null))).toBe('|changed');
  });
});
