// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { spaceForCaret, spaced } from '../../src/content/editor/insert-spacing';

const POINT = 'I suggest we judge it by tickets closed.';

/**
 * A compose body from markup whose `|` marks the caret (or `{` and `}` a selection), as in
 * text-field-edit's tests; returns the text `spaceForCaret` would insert there.
 */
function insertAt(markup: string, text = POINT): string {
  const body = document.createElement('div');
  body.contentEditable = 'true';
  body.innerHTML = markup; // fixed test markup
  document.body.append(body);
  const range = document.createRange();
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = node.data.search(/[|{}]/); at >= 0; at = node.data.search(/[|{}]/)) {
      const mark = node.data.charAt(at);
      node.deleteData(at, 1);
      if (mark === '}') range.setEnd(node, at);
      else range.setStart(node, at);
      if (mark === '|') range.collapse(true);
    }
  }
  return spaceForCaret(body, range, text);
}

describe('spacing an inserted point from its neighbours', () => {
  afterEach(() => document.body.replaceChildren());

  it('adds a space after a full stop typed right before the caret', () => {
    expect(insertAt('<div>Starting on 11 January.|</div>')).toBe(` ${POINT}`);
  });

  it('adds a space after a word, and before a word that follows', () => {
    expect(insertAt('<div>Hello|world</div>')).toBe(` ${POINT} `);
    expect(insertAt('<div>Hello |world</div>')).toBe(`${POINT} `);
  });

  it('adds nothing at the start of the body or of a line', () => {
    expect(insertAt('|Thanks')).toBe(`${POINT} `);
    expect(insertAt('<div>Hi Sam,</div><div>|</div>')).toBe(POINT);
    expect(insertAt('Hi Sam,<br>|<br>')).toBe(POINT);
    expect(insertAt('<p>First paragraph.</p>|<p>Second.</p>')).toBe(POINT);
  });

  it('adds nothing after whitespace, a non-breaking space or an opening bracket', () => {
    expect(insertAt('<div>We agreed: |</div>')).toBe(POINT);
    expect(insertAt('<div>We agreed:\u00a0|</div>')).toBe(POINT);
    expect(insertAt('<div>(|)</div>')).toBe(POINT);
  });

  it('adds nothing before punctuation or the end of the line', () => {
    expect(insertAt('<div>Here |.</div>')).toBe(POINT);
    expect(insertAt('<div>Here |, and more</div>')).toBe(POINT);
    expect(insertAt('<div>End |</div><div>Next line</div>')).toBe(POINT);
  });

  it('looks through inline formatting but not across blocks', () => {
    expect(insertAt('<div><b>Bold.</b>|<i>next</i></div>')).toBe(` ${POINT} `);
    expect(insertAt('<div><span>a</span></div><div>|<span>b</span></div>')).toBe(`${POINT} `);
  });

  it("treats an image (Gmail's emoji) as a word", () => {
    expect(insertAt('<div>Great <img alt="smile">|</div>')).toBe(` ${POINT}`);
  });

  it('spaces a replaced selection by the characters around it', () => {
    expect(insertAt('<div>one{two}three</div>')).toBe(` ${POINT} `);
    expect(insertAt('<div>one {two} three</div>')).toBe(POINT);
  });

  it('leaves text that brings its own spacing as it is', () => {
    expect(spaced('.', ' already spaced ', 'w')).toBe(' already spaced ');
    expect(spaced('.', '\nNew paragraph', '')).toBe('\nNew paragraph');
  });
});
