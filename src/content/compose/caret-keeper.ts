import { saveCaret, type SavedCaret } from '../editor/caret';

/**
 * The caret the user left in one compose's body, kept while focus is in our panel, so a point goes
 * in where they were typing (and the caret goes back there when the panel closes). Only the keeping
 * is here, from the start: restoring it is the panel's (`editor/caret.ts`'s `caretToRestore`).
 */
export class CaretKeeper {
  saved: SavedCaret | null = null;

  readonly #body: () => HTMLElement;

  constructor(body: () => HTMLElement) {
    this.#body = body;
  }

  /** Keeps the caret when it is in the body; a selection elsewhere leaves the last one standing. */
  remember(): void {
    const saved = saveCaret(this.#body());
    if (saved) this.saved = saved;
  }

  /** Follows the caret in `body` until `signal` aborts. */
  follow(body: HTMLElement, signal: AbortSignal): void {
    const remember = () => this.remember();
    // focusout still sees the selection in the body: the last chance before our search box takes it.
    for (const type of ['keyup', 'mouseup', 'input', 'focusout']) body.addEventListener(type, remember, { signal });
  }
}
