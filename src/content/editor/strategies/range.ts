import { focusAt, liveCaret } from '../caret';
import type { EditorStrategy } from './strategy';

/**
 * Editors: any `contenteditable`. Sites: none first; the last resort when no editor took the text.
 *
 * Writes text nodes and `<br>`s at the range and tells the page with an `input` event. The page
 * hears it (untrusted), but no undo stack has it: only for when the other strategies changed nothing.
 */
export const range: EditorStrategy = {
  id: 'range',
  insert(body, at, text) {
    const doc = body.ownerDocument;
    const current = liveCaret(body) ?? at;
    const fragment = doc.createDocumentFragment();
    text.split('\n').forEach((line, index) => {
      if (index > 0) fragment.append(doc.createElement('br'));
      if (line) fragment.append(doc.createTextNode(line));
    });
    const last = fragment.lastChild;
    current.deleteContents();
    current.insertNode(fragment);
    if (last) current.setStartAfter(last);
    current.collapse(true);
    focusAt(body, current);
    const view = doc.defaultView;
    if (view) body.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  },
};
