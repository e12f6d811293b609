import { saveCaret, type SavedCaret } from '../editor/caret';

/**
 * How long the caret must rest before moving it is worth a copy. Each key moves it three times
 * (input, selectionchange, keyup), and a copy walks the body's child lists; the moments the copy
 * is used (a press on the launcher, the panel opening, focus leaving the body) take one at once.
 */
const CARET_PAUSE = 200;

/**
 * The caret the user left in one compose's body, kept while focus is in our panel, so a point goes
 * in where they were typing (and the caret goes back there when the panel closes). Only the keeping
 * is here, from the start: restoring it is the panel's (`editor/caret.ts`'s `caretToRestore`).
 */
export class CaretKeeper {
  #saved: SavedCaret | null = null;
  #pending: ReturnType<typeof setTimeout> | undefined;

  readonly #body: () => HTMLElement;

  constructor(body: () => HTMLElement) {
    this.#body = body;
  }

  /** The kept caret, copied now if a copy was still waiting for the caret to rest. */
  get saved(): SavedCaret | null {
    if (this.#pending !== undefined) this.remember();
    return this.#saved;
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

  /** Follows the caret in `body` until `signal` aborts. */
  follow(body: HTMLElement, signal: AbortSignal): void {
    const soon = () => this.soon();
    for (const type of ['keyup', 'mouseup', 'input']) body.addEventListener(type, soon, { signal });
    // focusout still sees the selection in the body: the last chance before our search box takes it.
    // A copy still pending when the body goes finds no caret in it and keeps nothing.
    body.addEventListener('focusout', () => this.remember(), { signal });
  }
}
