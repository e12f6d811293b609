import { caretToRestore, focusAt, saveCaret, type SavedCaret } from '../editor/caret';

/**
 * How long the caret must rest before moving it is worth a copy. Each key moves it three times
 * (input, selectionchange, keyup), and a copy walks the body's child lists; the moments the copy
 * is used (a press on the launcher, the panel opening, focus leaving the body) take one at once.
 */
const CARET_PAUSE = 200;

/**
 * The caret the user left in one compose's body, kept while focus is in our panel, so a point goes
 * in where they were typing (and the caret goes back there when the panel closes).
 */
export class CaretKeeper {
  #saved: SavedCaret | null = null;
  #pending: ReturnType<typeof setTimeout> | undefined;

  readonly #body: () => HTMLElement;

  constructor(body: () => HTMLElement) {
    this.#body = body;
  }

  /** Keeps the caret when it is in the body; a selection elsewhere leaves the last one standing. */
  remember(): void {
    clearTimeout(this.#pending);
    this.#pending = undefined;
    const saved = saveCaret(this.#body());
    if (saved) this.#saved = saved;
  }

  /** The caret moved as the user types or clicks: keep it once it rests. */
  soon(): void {
    clearTimeout(this.#pending);
    this.#pending = setTimeout(() => this.remember(), CARET_PAUSE);
  }

  /** Where to insert now: the kept caret while it still fits the body, else the body's start. */
  range(): Range {
    if (this.#pending) this.remember();
    return caretToRestore(this.#body(), this.#saved);
  }

  /** Gives the body its focus back, caret where it was. */
  refocus(): void {
    const body = this.#body();
    if (body.isConnected) focusAt(body, this.range());
  }

  /** Follows the caret in `body` until `signal` aborts. */
  follow(body: HTMLElement, signal: AbortSignal): void {
    const soon = () => this.soon();
    for (const type of ['keyup', 'mouseup', 'input']) body.addEventListener(type, soon, { signal });
    // focusout still sees the selection in the body: the last chance before our search box takes it.
    // A copy still pending when the body goes finds no caret in it and keeps nothing.
    body.addEventListener('focusout', () => this.remember(), { signal });
  }
}
