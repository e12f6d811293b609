import { focusAt } from '../caret';
import { bodyText, type EditorStrategy } from './strategy';

/**
 * Editors: Closure's goog.editor ("Trogedit", Gmail's compose body), plain `contenteditable`.
 * Sites: Gmail (first); anything else whose editor leaves typing to the browser.
 *
 * `execCommand('insertText')` through the body's own document is what the browser does for typed
 * text: trusted `beforeinput`/`input` (Gmail autosaves only drafts it hears about), one entry in the
 * browser's undo stack that one Ctrl+Z removes, the caret after the text. It is no use for editors
 * that keep their own undo (roosterjs): they see the change but record no step for it.
 */
export const execCommand: EditorStrategy = {
  id: 'execCommand',
  insert(body, range, text) {
    focusAt(body, range);
    const before = bodyText(body);
    try {
      body.ownerDocument.execCommand('insertText', false, text);
    } catch {
      // Deprecated API: a browser may throw or lack it; the next strategy still works.
    }
    // Whatever execCommand answered, a body whose text changed took the insertion.
    return bodyText(body) !== before;
  },
};
