// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { draftTree } from '../../src/content/editor/draft-reading';
import type { DraftRules } from '../../src/content/site-kit/adapter';
import gmail from '../../src/content/sites/gmail';
import outlook from '../../src/content/sites/outlook';
import { analyzeDraft } from '../../src/core/coach/analyze';
import { treeText } from '../../src/core/coach/draft-tree';

const NO_RULES: DraftRules = { drop: [], signatures: [], historyStarts: [] };

/** The draft as the coach reads it, with a site's rules as production passes them. */
function draftText(el: Element, rules: DraftRules = NO_RULES): string {
  return treeText(draftTree(el, rules));
}

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  return el;
}

describe('draftText', () => {
  it('turns Gmail-style divs into lines, with one blank line for an empty div', () => {
    const el = body('<div>Hi Sam,</div><div><br></div><div>I would like to propose Tuesdays.</div><div>Thanks</div>');
    expect(draftText(el)).toBe('Hi Sam,\n\nI would like to propose Tuesdays.\nThanks');
  });

  it('does not double blank lines from nested divs', () => {
    const el = body('<div><div><div>One</div></div></div><div><div><br></div></div><div><div><div>Two</div></div></div>');
    expect(draftText(el)).toBe('One\n\nTwo');
  });

  it('keeps at most one blank line however many empty lines the user typed', () => {
    const el = body('<div>One</div><div><br></div><div><br></div><div><br></div><div>Two</div>');
    expect(draftText(el)).toBe('One\n\nTwo');
  });

  it('treats br, p and headings as line breaks and a trailing br in a block as nothing extra', () => {
    const el = body('<p>First<br>second</p><p>third<br></p><h2>Plan</h2>fourth');
    expect(draftText(el)).toBe('First\nsecond\nthird\nPlan\nfourth');
  });

  it('writes list items as "- " lines', () => {
    const el = body('<div>Plan:</div><ul><li>Tuesdays from home</li><li>Reply within <b>30 minutes</b></li></ul><div>Thanks</div>');
    expect(draftText(el)).toBe('Plan:\n- Tuesdays from home\n- Reply within 30 minutes\nThanks');
  });

  it('keeps a list item on one line when its text sits in a div, as Outlook writes it', () => {
    const el = body('<ul><li><div>Tuesdays from home</div></li><li><div>Reply within the hour</div></li></ul>');
    expect(draftText(el)).toBe('- Tuesdays from home\n- Reply within the hour');
  });

  it('separates table cells and rows', () => {
    const el = body('<table><tbody><tr><td>Day</td><td>Where</td></tr><tr><td>Tue</td><td>Home</td></tr></tbody></table>');
    expect(draftText(el)).toBe('Day Where\nTue Home');
  });

  it('collapses source whitespace but keeps non-breaking spaces as spaces', () => {
    const el = body('<div>\n   Hi&nbsp;&nbsp;Sam,\n   how   are you?\n</div>');
    expect(draftText(el)).toBe('Hi  Sam, how are you?');
  });

  it('drops Gmail quoted replies and the signature', () => {
    const el = body(
      '<div dir="ltr">Sounds good, Tuesdays it is.</div><br>' +
        '<span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">Alex Doe<br>+44 20 7946 0958</div>' +
        '<div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On Mon, 3 Mar 2025 at 10:00, Sam &lt;sam@example.com&gt; wrote:<br></div>' +
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">I deserve a six-week trial.</blockquote></div>',
    );
    expect(draftText(el, gmail.draft)).toBe('Sounds good, Tuesdays it is.');
  });

  it("drops Outlook's reply header and everything after it, and its signature", () => {
    const el = body(
      '<div>Thanks Sam, that works.</div><div id="Signature"><div>Alex Doe</div></div>' +
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
        '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Sam<br><b>Sent:</b> Monday<br><b>Subject:</b> Home days</div>' +
        '<div>We could trial it; everyone else works from home.</div>',
    );
    expect(draftText(el, outlook.draft)).toBe('Thanks Sam, that works.');
  });

  it('drops plain quoted blockquotes but keeps text Gmail indented with a borderless blockquote', () => {
    const el = body(
      '<div>My plan:</div><blockquote style="margin:0 0 0 40px;border:none;padding:0px"><div>Tuesdays from home</div></blockquote>' +
        '<blockquote type="cite">Old message</blockquote><blockquote>Also old</blockquote>',
    );
    expect(draftText(el)).toBe('My plan:\nTuesdays from home');
    // With Gmail's own rules too: its indent button makes such a blockquote around the user's words.
    expect(draftText(el, gmail.draft)).toBe('My plan:\nTuesdays from home');
  });

  it('drops whatever the site says is not the user\'s, and ignores selectors that do not parse', () => {
    const el = body('<div>Mine</div><div class="site-quote">Theirs</div><div class="start">Old</div><div>Older</div>');
    expect(draftText(el, { drop: ['.site-quote', '::not a selector('], signatures: ['::nor this('], historyStarts: ['.start'] })).toBe('Mine');
  });

  it('never reads style, script or hidden content', () => {
    const el = body(
      '<style>.a{color:red}</style><div>Visible</div><script>var x = 1;</script>' +
        '<div hidden>Hidden attr</div><div style="display: none">Hidden style</div><span aria-hidden="true">Decor</span>',
    );
    expect(draftText(el)).toBe('Visible');
  });

  it('gives an empty string for an empty compose', () => {
    expect(draftText(body(''))).toBe('');
    expect(draftText(body('<div><br></div>'))).toBe('');
  });

  it('feeds the coach only the new message, so quoted words do not count', () => {
    const el = body(
      '<div>Thanks, see you Thursday.</div>' +
        '<div class="gmail_quote"><blockquote class="gmail_quote">Let us run a six-week trial; I will measure tickets per week.</blockquote></div>',
    );
    const analysis = analyzeDraft(draftText(el, gmail.draft));
    expect(analysis.coverage.find((facet) => facet.id === 'trial')?.covered).toBe(false);
    expect(analysis.coverage.find((facet) => facet.id === 'indicator')?.covered).toBe(false);
  });

  it('counts what the user typed into a signature, once it differs from the signature first read', () => {
    const el = body('<div><br></div><div id="Signature"><div>Alex Doe</div></div>');
    expect(draftText(el, outlook.draft)).toBe('');
    // A click below a short draft puts the caret at the end of the signature; the words land there.
    el.querySelector('#Signature div')?.append(" I'd like to work from home on Tuesdays.");
    expect(draftText(el, outlook.draft)).toBe("Alex Doe I'd like to work from home on Tuesdays.");
  });

  it('splits into a tree the page can send and the service worker can lay out, stopping at the reply header', () => {
    const el = body('<div style="color:red">One<br>two</div><div id="appendonsend"></div><div>Quoted</div>');
    expect(draftTree(el, outlook.draft)).toEqual([['DIV', 'color:red', 'One', ['BR', null], 'two'], 0]);
    expect(treeText(draftTree(el, outlook.draft))).toBe('One\ntwo');
  });
});
