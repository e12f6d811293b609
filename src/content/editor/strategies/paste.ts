import { focusAt } from '../caret';
import { bodyText, type EditorStrategy } from './strategy';

/**
 * Editors: roosterjs 9 (Outlook on the web's compose body); any editor with its own paste handling.
 * Sites: Outlook (first); elsewhere tried when the browser's own insertion changed nothing.
 *
 * A paste carrying the text as `text/plain`. roosterjs cancels it, reads the clipboard items
 * asynchronously, then merges the text into its content model: it takes an undo snapshot before and
 * after (one Ctrl+Z removes exactly the insertion), raises its content-changed event (Outlook saves
 * the draft) and writes the text as text nodes, lines as line breaks. A synthetic paste has no
 * default action, so an editor without a paste handler leaves the body as it was and says so by not
 * cancelling the event; one that cancelled it is waited for, never given the text a second time.
 *
 * Firefox gives a page's handler nothing from a made-up paste's data (its `getAsString` never
 * calls back). There the event carries, as its `clipboardData`, the page's own copy (`cloneInto`)
 * of the one text item an editor reads, which calls back with the text.
 */

/** How long an editor that took the paste may take to write it, even on a busy machine. */
const ARRIVAL_LIMIT = 5000;

function arrival(body: HTMLElement, before: string): Promise<boolean> {
  return new Promise((resolve) => {
    const view = body.ownerDocument.defaultView;
    if (!view) {
      resolve(false);
      return;
    }
    const done = (arrived: boolean) => {
      watch.disconnect();
      view.clearTimeout(timer);
      resolve(arrived);
    };
    const watch = new view.MutationObserver(() => {
      if (bodyText(body) !== before) done(true);
    });
    watch.observe(body, { childList: true, characterData: true, subtree: true });
    const timer = view.setTimeout(() => done(bodyText(body) !== before), ARRIVAL_LIMIT);
  });
}

type Paged<T> = T & { wrappedJSObject?: object };
declare const cloneInto: undefined | (<T>(value: T, scope: object, options: { cloneFunctions: true }) => T);

function readableInFirefox(view: Paged<Window>, event: Paged<ClipboardEvent>, text: string): void {
  if (typeof cloneInto !== 'function' || !view.wrappedJSObject || !event.wrappedJSObject) return;
  const item = { kind: 'string', type: 'text/plain', getAsString: (done: (value: string) => void) => done(text), getAsFile: () => null };
  const data = { items: [item], types: ['text/plain'], files: [], getData: (type: string) => (type === 'text/plain' ? text : '') };
  Object.defineProperty(event.wrappedJSObject, 'clipboardData', { value: cloneInto(data, view.wrappedJSObject, { cloneFunctions: true }) });
}

export const paste: EditorStrategy = {
  id: 'paste',
  insert(body, range, text) {
    const view = body.ownerDocument.defaultView;
    if (!view) return false;
    focusAt(body, range);
    const before = bodyText(body);
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // Only the Firefox build carries this: the Chrome build's content.js is smaller without it.
    if (import.meta.env.MODE === 'firefox') readableInFirefox(view, event, text);
    body.dispatchEvent(event);
    if (bodyText(body) !== before) return true;
    return event.defaultPrevented ? arrival(body, before) : false;
  },
};
