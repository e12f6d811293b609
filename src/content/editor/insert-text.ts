import { focusAt } from './caret';

/**
 * Puts plain text into a compose body at a given range, the way the sites can hear it.
 * Routes, in order (shared/design/COMPOSE.md §3):
 *  1. `execCommand('insertText')` through the body's own document: trusted beforeinput/input (Gmail
 *     autosaves only drafts it hears about), one entry in the undo stack, caret after the text.
 *  2. A synthetic paste carrying the text: roosterjs (Outlook) handles paste itself and takes its
 *     own undo snapshot, should it ever refuse the first route.
 *  3. Range insertion plus an `input` event, when neither editor took the text.
 * The text never goes through an HTML parser, so `<img onerror>` stays letters on the screen.
 */
export type InsertRoute = 'execCommand' | 'paste' | 'range';

const bodyText = (body: HTMLElement) => body.textContent ?? '';

function pasteInto(body: HTMLElement, text: string): void {
  const view = body.ownerDocument.defaultView;
  if (!view) return;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  body.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

function insertByRange(body: HTMLElement, range: Range, text: string): void {
  const doc = body.ownerDocument;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) range.setStartAfter(last);
  range.collapse(true);
  focusAt(body, range);
  const view = doc.defaultView;
  if (view) body.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

export function insertPlainText(body: HTMLElement, range: Range, text: string): InsertRoute {
  const clean = text.replace(/\r\n?/g, '\n');
  const doc = body.ownerDocument;
  focusAt(body, range);
  const before = bodyText(body);
  try {
    doc.execCommand('insertText', false, clean);
  } catch {
    // Deprecated API: a browser may throw or lack it; the next routes still work.
  }
  // Whatever execCommand answered, a body whose text changed took the insertion (an editor may
  // reshape it: nbsp for spaces, blocks for lines); trying another route would insert it twice.
  if (bodyText(body) !== before) return 'execCommand';
  pasteInto(body, clean);
  if (bodyText(body) !== before) return 'paste';
  const selection = doc.getSelection();
  const current = selection && selection.rangeCount > 0 && body.contains(selection.getRangeAt(0).startContainer) ? selection.getRangeAt(0) : range;
  insertByRange(body, current, clean);
  return 'range';
}
