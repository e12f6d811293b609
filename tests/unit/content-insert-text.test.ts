// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertPlainText } from '../../src/content/editor/insert-text';

/**
 * The fallbacks behind execCommand. Real Chromium's own route (execCommand) is covered end to end;
 * here the document's execCommand is made to refuse, as an editor or browser might.
 */
function compose(markup: string): { body: HTMLElement; caretAfter: (text: string) => Range } {
  const body = document.createElement('div');
  body.contentEditable = 'true';
  body.innerHTML = markup; // fixed test markup
  document.body.append(body);
  const caretAfter = (text: string) => {
    const node = [...body.querySelectorAll('*'), body].flatMap((el) => [...el.childNodes]).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(text));
    if (!node) throw new Error(`no text ${text}`);
    const range = document.createRange();
    range.setStart(node, (node.textContent ?? '').indexOf(text) + text.length);
    range.collapse(true);
    return range;
  };
  return { body, caretAfter };
}

function refuseExecCommand() {
  Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(() => false) });
}

describe('inserting when execCommand refuses', () => {
  afterEach(() => {
    document.body.replaceChildren();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('hands the text to an editor that handles paste itself (roosterjs), once', () => {
    refuseExecCommand();
    const { body, caretAfter } = compose('<div>Hello world</div>');
    const pasted: string[] = [];
    body.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      pasted.push(text);
      event.preventDefault();
      const range = document.getSelection()?.getRangeAt(0);
      range?.insertNode(document.createTextNode(text));
    });
    expect(insertPlainText(body, caretAfter('Hello '), 'my point ')).toBe('paste');
    expect(pasted).toEqual(['my point ']);
    expect(body.textContent).toBe('Hello my point world');
  });

  it('falls back to inserting at the range, line breaks as <br>, and tells the page with an input event', () => {
    refuseExecCommand();
    const { body, caretAfter } = compose('<div>Hello world</div>');
    const heard: string[] = [];
    body.addEventListener('input', (event) => heard.push((event as InputEvent).inputType));
    expect(insertPlainText(body, caretAfter('Hello '), 'one\r\ntwo <img src=x onerror=alert(1)> ')).toBe('range');
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelectorAll('br')).toHaveLength(1);
    expect(body.textContent).toBe('Hello onetwo <img src=x onerror=alert(1)> world');
    expect(heard).toEqual(['insertText']);
    // The caret ends after the insertion, so typing goes on from there.
    const caret = document.getSelection()?.getRangeAt(0);
    const probe = document.createRange();
    probe.setStart(body, 0);
    if (caret) probe.setEnd(caret.startContainer, caret.startOffset);
    expect(probe.toString()).toBe('Hello onetwo <img src=x onerror=alert(1)> ');
  });

  it('does not insert twice when execCommand reports failure but the editor changed the body anyway', () => {
    const { body, caretAfter } = compose('<div>Hello world</div>');
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: vi.fn(() => {
        body.append('partly');
        return false;
      }),
    });
    const pasted = vi.fn();
    body.addEventListener('paste', pasted);
    expect(insertPlainText(body, caretAfter('Hello '), 'my point')).toBe('execCommand');
    expect(pasted).not.toHaveBeenCalled();
    expect(body.textContent).toBe('Hello worldpartly');
  });
});
