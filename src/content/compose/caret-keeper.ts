import { caretToRestore, focusAt, saveCaret, type SavedCaret } from '../editor/caret';

/**
 * The caret the user left in one compose's body, kept while focus is in our panel, so a point goes
 * in where they were typing (and the caret goes back there when the panel closes).
 */
export class CaretKeeper {
  #saved: SavedCaret | null = null;

  readonly #body: () => HTMLElement;

  constructor(body: () => HTMLElement) {
    this.#body = body;
  }

  /** Keeps the caret when it is in the body; a selection elsewhere leaves the last one standing. */
  remember(): void {
    const saved = saveCaret(this.#body());
    if (saved) this.#saved = saved;
  }

  /** Where to insert now: the kept caret while it still fits the body, else the body's start. */
  range(): Range {
    return caretToRestore(this.#body(), this.#saved);
  }

  /** Gives the body its focus back, caret where it was. */
  refocus(): void {
    const body = this.#body();
    if (body.isConnected) focusAt(body, this.range());
  }

  /** Follows the caret in `body` until `signal` aborts. */
  follow(body: HTMLElement, signal: AbortSignal): void {
    const remember = () => this.remember();
    // focusout still sees the selection in the body: the last chance before our search box takes it.
    for (const type of ['keyup', 'mouseup', 'input', 'focusout']) body.addEventListener(type, remember, { signal });
  }
}
