// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertPlainText, strategyOrder } from '../../src/content/editor/insert-text';

/**
 * The editor strategies behind insertion, as an editor answers them. Real Chromium and Firefox run
 * `execCommand` and the real roosterjs editor end to end; here the document's execCommand refuses,
 * as an editor or browser might, and paste handlers stand in for editors that handle paste.
 */
function compose(markup: string) {
  const body = document.createElement('div');
  body.contentEditable = 'true';
  body.innerHTML = markup; // fixed test markup
  document.body.append(body);
  const textNode = (text: string) => {
    const node = [...body.querySelectorAll('*'), body].flatMap((el) => [...el.childNodes]).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(text));
    if (!node) throw new Error(`no text ${text}`);
    return node;
  };
  const caretAfter = (text: string) => {
    const node = textNode(text);
    const range = document.createRange();
    range.setStart(node, (node.textContent ?? '').indexOf(text) + text.length);
    range.collapse(true);
    return range;
  };
  const selecting = (text: string) => {
    const node = textNode(text);
    const range = document.createRange();
    const start = (node.textContent ?? '').indexOf(text);
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    return range;
  };
  return { body, caretAfter, selecting };
}

function execCommandDoes(effect: () => boolean) {
  Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(effect) });
}

/** An editor that takes pastes itself: cancels the event and writes the text `later` (or never). */
function handlesPaste(body: HTMLElement, write: (text: string) => void) {
  const pasted: string[] = [];
  body.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    pasted.push(text);
    event.preventDefault();
    write(text);
  });
  return pasted;
}

const insertAtSelection = (text: string) => document.getSelection()?.getRangeAt(0).insertNode(document.createTextNode(text));

describe('editor strategies', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('tries the browser first, then paste, then the range, or the site editor\'s own first', () => {
    expect(strategyOrder().map((s) => s.id)).toEqual(['execCommand', 'paste', 'range']);
    expect(strategyOrder('paste').map((s) => s.id)).toEqual(['paste', 'execCommand', 'range']);
  });

  it('hands the text to an editor that handles paste itself, once', () => {
    execCommandDoes(() => false);
    const { body, caretAfter } = compose('<div>Hello world</div>');
    const pasted = handlesPaste(body, insertAtSelection);
    expect(insertPlainText(body, caretAfter('Hello '), 'my point ')).toEqual({ route: 'paste', landed: true });
    expect(pasted).toEqual(['my point ']);
    expect(body.textContent).toBe('Hello my point world');
  });

  it('waits for an editor that writes a paste later (roosterjs reads it asynchronously), and never inserts it twice', async () => {
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    const { body, caretAfter } = compose('<div>Hello world</div>');
    const pasted = handlesPaste(body, (text) => setTimeout(() => insertAtSelection(text), 30));
    const { route, landed } = insertPlainText(body, caretAfter('Hello '), 'my point ', 'paste');
    expect(route).toBe('paste');
    expect(body.textContent).toBe('Hello world');
    await expect(landed).resolves.toBe(true);
    expect(body.textContent).toBe('Hello my point world');
    expect(pasted).toHaveLength(1);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('says the text never came when an editor took the paste and wrote nothing, without trying again', async () => {
    vi.useFakeTimers();
    execCommandDoes(() => false);
    const { body, caretAfter } = compose('<div>Hello world</div>');
    handlesPaste(body, () => undefined);
    const { route, landed } = insertPlainText(body, caretAfter('Hello '), 'my point', 'paste');
    expect(route).toBe('paste');
    const arrived = Promise.resolve(landed);
    await vi.advanceTimersByTimeAsync(5000);
    await expect(arrived).resolves.toBe(false);
    expect(body.textContent).toBe('Hello world');
  });

  it('falls back to inserting at the range, line breaks as <br>, and tells the page with an input event', () => {
    execCommandDoes(() => false);
    const { body, caretAfter } = compose('<div>Hello world</div>');
    const heard: string[] = [];
    body.addEventListener('input', (event) => heard.push((event as InputEvent).inputType));
    expect(insertPlainText(body, caretAfter('Hello '), 'one\r\ntwo <img src=x onerror=alert(1)> ')).toEqual({ route: 'range', landed: true });
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

  it('replaces the text a range holds (how the coach rewrites a sentence)', () => {
    execCommandDoes(() => false);
    const { body, selecting } = compose('<div>I will quit. See you.</div>');
    insertPlainText(body, selecting('I will quit.'), 'Could we try it for six weeks?');
    expect(body.textContent).toBe('Could we try it for six weeks? See you.');
  });

  it('does not insert twice when execCommand reports failure but the editor changed the body anyway', () => {
    const { body, caretAfter } = compose('<div>Hello world</div>');
    execCommandDoes(() => {
      body.append('partly');
      return false;
    });
    const pasted = vi.fn();
    body.addEventListener('paste', pasted);
    expect(insertPlainText(body, caretAfter('Hello '), 'my point').route).toBe('execCommand');
    expect(pasted).not.toHaveBeenCalled();
    expect(body.textContent).toBe('Hello worldpartly');
  });
});
