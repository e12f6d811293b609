import { fill } from '../../core/fill';
import type { PitchPoint } from '../../core/point';
import type { Profile } from '../../core/profile';
import { isShortcut } from '../compose/shortcut';
import { build, h, type ViewNode } from './element';
import { groupSuggestions, isMoveKey, moveActive } from './suggestions';

export interface PanelEvents {
  /** The user picked a point, by click or Enter. */
  pick(point: PitchPoint): void;
  /** Escape or the close button; `refocus` puts the caret back in the body where it was. */
  dismiss(refocus: boolean): void;
}

/** Rows drawn before the first paint: more than the tallest panel (460 px) shows. */
const FIRST_ROWS = 12;

export type FillAnswer = (answers: Record<string, string>, save: boolean) => void;

/**
 * The list of points for one compose: a search box, points grouped by category, and in place of
 * the list, when needed, the prompt for missing fill-ins. Focus stays in the search box while
 * arrows move the active row (combobox pattern), so typing and choosing never fight.
 *
 * Our shadow root is open, so the mail page's scripts can reach into it: only the user's own
 * input (`isTrusted`) picks a point or submits fill-ins, and what a fill-in is called comes from
 * the point, never from the form's fields, which a script could rename.
 */
export class Panel {
  readonly element: HTMLDivElement;
  /** Holds the sections other features add (the draft coach); hidden while empty. */
  readonly sections: HTMLElement;
  readonly #doc: Document;
  readonly #search: HTMLInputElement;
  readonly #head: HTMLElement;
  readonly #list: HTMLDivElement;
  readonly #notice: HTMLParagraphElement;
  /** Says what a search found; there from the start, as screen readers only hear a live region change. */
  readonly #found: HTMLParagraphElement;
  /** The key being handled is Tab: focus it moves out of the panel closes it. */
  #tabbing = false;
  #form: HTMLFormElement | null = null;
  #points: PitchPoint[] = [];
  #profile: Profile = {};
  #shown: PitchPoint[] = [];
  #rows: HTMLElement[] = [];
  #active = -1;
  /** The list is not at its top (as of its last scroll event: reading it here would lay out the page). */
  #scrolled = false;
  /** Counts renders: rows left to draw belong to the one that counted them. */
  #generation = 0;
  #loaded = false;
  /** Enter pressed before the points arrived: fast typists (and scripts) get the top match once they do. */
  #pickWhenLoaded = false;

  readonly #events: PanelEvents;

  constructor(doc: Document, events: PanelEvents) {
    this.#events = events;
    this.#doc = doc;
    this.#search = h(doc, 'input', {
      type: 'search',
      class: 'rp-panel-search',
      'data-testid': 'rp-panel-search',
      placeholder: 'Search your points',
      'aria-label': 'Search your talking points',
      role: 'combobox',
      'aria-expanded': 'true',
      'aria-controls': 'rp-list',
      'aria-autocomplete': 'list',
      autocomplete: 'off',
      spellcheck: 'false',
    });
    const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close', title: 'Close (Esc)' }, '×');
    this.#head = h(doc, 'div', { class: 'head' }, this.#search, close);
    this.#notice = h(doc, 'p', { class: 'notice', role: 'status', 'data-testid': 'rp-notice' }, 'Loading your points…');
    this.#list = h(doc, 'div', { class: 'list', id: 'rp-list', role: 'listbox', 'aria-label': 'Talking points' });
    this.#found = h(doc, 'p', { class: 'sr', role: 'status', 'data-testid': 'rp-panel-found' });
    this.sections = h(doc, 'div', { class: 'coach' });
    // Focusable itself, so a click on its text keeps focus in the panel rather than on the page.
    this.element = h(doc, 'div', {
      class: 'panel rp-panel',
      'data-testid': 'rp-panel',
      role: 'dialog',
      'aria-label': 'Remote Pitch',
      popover: 'manual',
      tabindex: '-1',
    }, this.#head, this.#notice, this.#list, this.#found, this.sections);

    this.#search.addEventListener('input', () => this.#render());
    close.addEventListener('click', () => this.#events.dismiss(true));
    this.element.addEventListener('keydown', (event) => this.#onKeydown(event));
    // Tabbing past either end (to the page, or out of it to the browser) leaves a panel nobody can
    // reach to close: it closes, focus going on where Tab took it. Focus moved by a click or by
    // the page is the page's to handle.
    this.element.addEventListener('focusout', (event) => {
      if (this.#tabbing && !this.element.contains(event.relatedTarget as Node | null)) this.#events.dismiss(false);
    });
    // Rows never take focus from the search box, so the keyboard keeps working after a hover or click.
    this.#list.addEventListener('mousedown', (event) => event.preventDefault());
    this.#list.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const index = this.#rowIndexOf(event.target);
      const point = index < 0 ? undefined : this.#shown[index];
      if (point) this.#events.pick(point);
    });
    this.#list.addEventListener('scroll', () => (this.#scrolled = this.#list.scrollTop > 0), { passive: true });
    this.#list.addEventListener('mousemove', (event) => {
      const index = this.#rowIndexOf(event.target);
      if (index >= 0 && index !== this.#active) this.#setActive(index, false);
    });
  }

  setData(points: PitchPoint[], profile: Profile): void {
    this.#points = points;
    this.#profile = profile;
    this.#loaded = true;
    this.#notice.hidden = true;
    this.#render();
    const point = this.#pickWhenLoaded ? this.#shown[this.#active] : undefined;
    this.#pickWhenLoaded = false;
    if (point) this.#events.pick(point);
  }

  /** Picks a listed point by id (a feature's shortcut to it), as a click on its row would. */
  pick(id: string): void {
    const point = this.#points.find((p) => p.id === id);
    if (point) this.#events.pick(point);
  }

  showNotice(text: string, kind: 'info' | 'error'): void {
    this.#notice.textContent = text;
    this.#notice.dataset.kind = kind;
    this.#notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    this.#notice.hidden = false;
  }

  focusSearch(): void {
    this.#search.focus({ preventScroll: true });
  }

  /**
   * Shows the prompt for the fill-ins `missing` (drawn by the worker, `shared/fill-in-form.ts`);
   * `answer` gets what was typed, by the names the point asks for, and whether to save it.
   */
  askFillIns(view: ViewNode, missing: readonly string[], answer: FillAnswer): void {
    const built = build(this.#doc, view);
    if (!(built instanceof Element) || built.tagName !== 'FORM') return;
    const form = built as HTMLFormElement;
    const fields = [...form.querySelectorAll<HTMLInputElement>('input[name]')];
    const save = form.querySelector<HTMLInputElement>('input[type=checkbox]');
    // A page script's requestSubmit() fires a trusted submit event, so the form's own submit is
    // never the signal: only the user's click on Insert, or Enter in a field, is.
    const submit = (event: Event) => {
      event.preventDefault();
      if (event.isTrusted) answer(Object.fromEntries(missing.map((name, index) => [name, fields[index]?.value ?? ''])), save?.checked === true);
    };
    form.addEventListener('submit', (event) => event.preventDefault());
    form.querySelector('[type=submit]')?.addEventListener('click', submit);
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing && fields.includes(event.target as HTMLInputElement)) submit(event);
    });
    form.querySelector('[data-back]')?.addEventListener('click', () => this.#closeForm());
    this.#closeForm();
    this.#form = form;
    this.#head.hidden = true;
    this.#list.hidden = true;
    this.element.insertBefore(form, this.sections);
    fields[0]?.focus({ preventScroll: true });
  }

  /**
   * Puts the panel next to the launcher, on the side with more room: above Gmail's bottom row, below
   * Outlook's top one. It ends at the launcher's right edge (Gmail's launcher sits on the right), or,
   * when that leaves no room on the left (Outlook's sits near the left), starts at its left edge.
   */
  place(anchor: DOMRect): void {
    const view = this.#doc.defaultView;
    if (!view) return;
    const margin = 8;
    const width = Math.min(360, view.innerWidth - 2 * margin);
    const above = anchor.top - margin;
    const below = view.innerHeight - anchor.bottom - margin;
    const upward = above > below;
    const style = this.element.style;
    style.width = `${width}px`;
    const left = anchor.right - width >= margin ? anchor.right - width : anchor.left;
    style.left = `${Math.round(Math.min(Math.max(margin, left), view.innerWidth - width - margin))}px`;
    style.maxHeight = `${Math.round(Math.max(160, Math.min(460, upward ? above : below)))}px`;
    style.top = upward ? 'auto' : `${Math.round(anchor.bottom + 4)}px`;
    style.bottom = upward ? `${Math.round(view.innerHeight - anchor.top + 4)}px` : 'auto';
  }

  #closeForm(): void {
    if (!this.#form) return;
    this.#form.remove();
    this.#form = null;
    this.#head.hidden = false;
    this.#list.hidden = false;
    this.focusSearch();
  }

  #render(): void {
    const doc = this.#doc;
    const query = this.#search.value;
    const groups = groupSuggestions(this.#points, query);
    this.#shown = groups.flatMap((group) => group.points);
    this.#rows = [];
    const later: [HTMLElement, HTMLElement[]][] = [];
    const children: HTMLElement[] = groups.map((group) => {
      const headingId = `rp-group-${group.category}`;
      const rows = group.points.map((point) => {
        const row = h(doc, 'div', {
          role: 'option',
          id: `rp-option-${this.#rows.length}`,
          class: 'item rp-suggestion',
          'data-testid': 'rp-suggestion',
          'data-point-id': point.id,
          'data-category': point.category,
          'aria-selected': 'false',
        }, h(doc, 'span', { class: 'title' }, point.title), h(doc, 'span', { class: 'preview' }, fill(point.text, this.#profile).text));
        this.#rows.push(row);
        return row;
      });
      const first = Math.max(0, FIRST_ROWS - this.#rows.length + rows.length);
      const element = h(doc, 'div', { role: 'group', 'aria-labelledby': headingId }, h(doc, 'div', { class: 'group', id: headingId }, group.label), ...rows.slice(0, first));
      if (rows.length > first) later.push([element, rows.slice(first)]);
      return element;
    });
    const count = this.#shown.length;
    this.#found.textContent = !this.#points.length ? 'No talking points yet: add some in the Remote Pitch popup.'
      : !count ? `No point matches “${query.trim()}”.`
      : query.trim() ? `${count} point${count > 1 ? 's' : ''}` : '';
    // The count is for screen readers; an empty result is for everyone.
    this.#found.className = count ? 'sr' : 'empty';
    this.#list.replaceChildren(...children);
    this.#active = -1;
    // A list at its top shows its first row: only a scrolled one needs the reveal, which lays out the page.
    this.#setActive(this.#shown.length > 0 ? 0 : -1, this.#scrolled);
    this.#drawLater(later);
  }

  /**
   * The rows below the panel's first screen, added once it has painted: laying out a whole library
   * before the first paint is what made the first open slow. A newer render's rows replace these.
   */
  #drawLater(later: [HTMLElement, HTMLElement[]][]): void {
    const generation = ++this.#generation;
    // What is drawn, for whoever reads the whole list (the page, tests): "first" until the rest is in.
    this.#list.dataset.rows = later.length ? 'first' : 'all';
    if (!later.length) return;
    const view = this.#doc.defaultView;
    const draw = () => {
      if (generation !== this.#generation) return;
      for (const [group, rows] of later) group.append(...rows);
      this.#list.dataset.rows = 'all';
    };
    if (view) view.requestAnimationFrame(() => view.setTimeout(draw));
    else draw();
  }

  #setActive(index: number, reveal: boolean): void {
    this.#rows[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const row = this.#rows[index];
    if (!row) {
      this.#search.removeAttribute('aria-activedescendant');
      return;
    }
    row.setAttribute('aria-selected', 'true');
    this.#search.setAttribute('aria-activedescendant', row.id);
    if (reveal) row.scrollIntoView?.({ block: 'nearest' });
  }

  #rowIndexOf(target: EventTarget | null): number {
    const row = target instanceof Element ? target.closest('.item') : null;
    return row ? this.#rows.indexOf(row as HTMLElement) : -1;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.isComposing || !event.isTrusted) return;
    if (event.key === 'Tab') {
      this.#tabbing = true;
      // Focus moves after the key's handlers: until then it is the Tab key's move.
      setTimeout(() => (this.#tabbing = false));
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.#form) this.#closeForm();
      else this.#events.dismiss(true);
      return;
    }
    if (isShortcut(event)) {
      event.preventDefault();
      this.#events.dismiss(true);
      return;
    }
    // Keys in the form or in another feature's section (the coach's buttons) are theirs, but for
    // the arrows in a section's group of items that is one Tab stop (`data-rove`).
    if (this.#form) return;
    if (this.sections.contains(event.target as Node)) return roveIn(event);
    const inSearch = event.target === this.#search;
    if (isMoveKey(event.key) && !(inSearch && (event.key === 'Home' || event.key === 'End'))) {
      event.preventDefault();
      this.#setActive(moveActive(this.#active, this.#shown.length, event.key), true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const point = this.#shown[this.#active];
      if (point) this.#events.pick(point);
      else if (!this.#loaded) this.#pickWhenLoaded = true;
    }
  }
}

const ROVE: Partial<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * A roving tab index: of a `[data-rove]` group's items (`[tabindex]`), one is in the Tab order and
 * the arrows move focus, and that place, between the others.
 */
function roveIn(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  const items = [...(target.closest('[data-rove]')?.querySelectorAll<HTMLElement>('[tabindex]') ?? [])];
  const next = items[items.indexOf(target) + (ROVE[event.key] ?? Number.NaN)];
  if (!next) return;
  event.preventDefault();
  target.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}
