import { fill } from '../../core/fill';
import { LIMITS, type PitchPoint } from '../../core/point';
import type { Profile } from '../../core/profile';
import { isShortcut } from '../compose/shortcut';
import { h } from './element';
import { fillInHint, fillInLabel } from './labels';
import { groupSuggestions, isMoveKey, moveActive } from './suggestions';

export interface PanelEvents {
  /** The user picked a point, by click or Enter. */
  pick(point: PitchPoint): void;
  /** Escape or the close button; `refocus` puts the caret back in the body where it was. */
  dismiss(refocus: boolean): void;
}

export type FillAnswer = (answers: Record<string, string>, save: boolean) => void;

/**
 * The list of points for one compose: a search box, points grouped by category, and in place of
 * the list, when needed, the prompt for missing fill-ins. Focus stays in the search box while
 * arrows move the active row (combobox pattern), so typing and choosing never fight.
 */
export class Panel {
  readonly element: HTMLDivElement;
  /** Holds the sections other features add (the draft coach); hidden while empty. */
  readonly sections: HTMLElement;
  private readonly doc: Document;
  private readonly search: HTMLInputElement;
  private readonly head: HTMLElement;
  private readonly list: HTMLDivElement;
  private readonly notice: HTMLParagraphElement;
  private form: HTMLFormElement | null = null;
  private points: PitchPoint[] = [];
  private profile: Profile = {};
  private shown: PitchPoint[] = [];
  private rows: HTMLElement[] = [];
  private active = -1;
  private loaded = false;
  /** Enter pressed before the points arrived: fast typists (and scripts) get the top match once they do. */
  private pickWhenLoaded = false;

  constructor(doc: Document, private readonly events: PanelEvents) {
    this.doc = doc;
    this.search = h(doc, 'input', {
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
    this.head = h(doc, 'div', { class: 'head' }, this.search, close);
    this.notice = h(doc, 'p', { class: 'notice', role: 'status', 'data-testid': 'rp-notice' }, 'Loading your points…');
    this.list = h(doc, 'div', { class: 'list', id: 'rp-list', role: 'listbox', 'aria-label': 'Talking points' });
    this.sections = h(doc, 'div', { class: 'coach' });
    this.element = h(doc, 'div', {
      class: 'panel rp-panel',
      'data-testid': 'rp-panel',
      role: 'dialog',
      'aria-label': 'Remote Pitch',
      popover: 'manual',
    }, this.head, this.notice, this.list, this.sections);

    this.search.addEventListener('input', () => this.render());
    close.addEventListener('click', () => this.events.dismiss(true));
    this.element.addEventListener('keydown', (event) => this.onKeydown(event));
    // Rows never take focus from the search box, so the keyboard keeps working after a hover or click.
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
    this.list.addEventListener('click', (event) => {
      const index = this.rowIndexOf(event.target);
      const point = index < 0 ? undefined : this.shown[index];
      if (point) this.events.pick(point);
    });
    this.list.addEventListener('mousemove', (event) => {
      const index = this.rowIndexOf(event.target);
      if (index >= 0 && index !== this.active) this.setActive(index, false);
    });
  }

  setData(points: PitchPoint[], profile: Profile): void {
    this.points = points;
    this.profile = profile;
    this.loaded = true;
    this.notice.hidden = true;
    this.render();
    const point = this.pickWhenLoaded ? this.shown[this.active] : undefined;
    this.pickWhenLoaded = false;
    if (point) this.events.pick(point);
  }

  /** Picks a listed point by id (a feature's shortcut to it), as a click on its row would. */
  pick(id: string): void {
    const point = this.points.find((p) => p.id === id);
    if (point) this.events.pick(point);
  }

  showNotice(text: string, kind: 'info' | 'error'): void {
    this.notice.textContent = text;
    this.notice.dataset.kind = kind;
    this.notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    this.notice.hidden = false;
  }

  focusSearch(): void {
    this.search.focus({ preventScroll: true });
  }

  /** Shows the prompt for fill-ins the profile lacks; `answer` gets what was typed and whether to save it. */
  askFillIns(point: PitchPoint, missing: readonly string[], answer: FillAnswer): void {
    const doc = this.doc;
    const fields = missing.map((name) =>
      h(doc, 'input', { name, class: 'rp-fill-field', 'data-testid': 'rp-fill-field', maxlength: String(LIMITS.profileValueLength), autocomplete: 'off' }),
    );
    const save = h(doc, 'input', { type: 'checkbox', checked: true });
    const back = h(doc, 'button', { type: 'button' }, 'Back');
    const form = h(doc, 'form', { class: 'fill rp-fill-form', 'data-testid': 'rp-fill-form', 'aria-label': `Fill-ins for ${point.title}` },
      h(doc, 'p', {}, `“${point.title}” uses details your profile doesn't have yet:`),
      ...fields.map((field) => {
        const hint = fillInHint(field.name);
        if (hint) field.placeholder = hint;
        return h(doc, 'label', { class: 'field' }, h(doc, 'span', {}, fillInLabel(field.name)), field);
      }),
      h(doc, 'label', { class: 'save' }, save, 'Save to my profile for next time'),
      h(doc, 'p', { class: 'preview' }, 'Left empty, a detail goes in as a visible [gap] to fill by hand.'),
      h(doc, 'div', { class: 'actions' }, back, h(doc, 'button', { type: 'submit', class: 'rp-fill-insert', 'data-testid': 'rp-fill-insert' }, 'Insert')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      answer(Object.fromEntries(fields.map((field) => [field.name, field.value])), save.checked);
    });
    back.addEventListener('click', () => this.closeForm());
    this.closeForm();
    this.form = form;
    this.head.hidden = true;
    this.list.hidden = true;
    this.element.insertBefore(form, this.sections);
    fields[0]?.focus({ preventScroll: true });
  }

  /**
   * Puts the panel next to the launcher, on the side with more room: above Gmail's bottom row, below
   * Outlook's top one. It ends at the launcher's right edge (Gmail's launcher sits on the right), or,
   * when that leaves no room on the left (Outlook's sits near the left), starts at its left edge.
   */
  place(anchor: DOMRect): void {
    const view = this.doc.defaultView;
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

  private closeForm(): void {
    if (!this.form) return;
    this.form.remove();
    this.form = null;
    this.head.hidden = false;
    this.list.hidden = false;
    this.focusSearch();
  }

  private render(): void {
    const doc = this.doc;
    const query = this.search.value;
    const groups = groupSuggestions(this.points, query);
    this.shown = groups.flatMap((group) => group.points);
    this.rows = [];
    const children: HTMLElement[] = groups.map((group) => {
      const headingId = `rp-group-${group.category}`;
      const rows = group.points.map((point) => {
        const row = h(doc, 'div', {
          role: 'option',
          id: `rp-option-${this.rows.length}`,
          class: 'item rp-suggestion',
          'data-testid': 'rp-suggestion',
          'data-point-id': point.id,
          'data-category': point.category,
          'aria-selected': 'false',
        }, h(doc, 'span', { class: 'title' }, point.title), h(doc, 'span', { class: 'preview' }, fill(point.text, this.profile).text));
        this.rows.push(row);
        return row;
      });
      return h(doc, 'div', { role: 'group', 'aria-labelledby': headingId }, h(doc, 'div', { class: 'group', id: headingId }, group.label), ...rows);
    });
    if (this.points.length > 0 && this.shown.length === 0) children.push(h(doc, 'p', { class: 'empty' }, `No point matches “${query.trim()}”.`));
    if (this.points.length === 0) children.push(h(doc, 'p', { class: 'empty' }, 'No talking points yet: add some in the Remote Pitch popup.'));
    this.list.replaceChildren(...children);
    this.active = -1;
    this.setActive(this.shown.length > 0 ? 0 : -1, true);
  }

  private setActive(index: number, reveal: boolean): void {
    this.rows[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const row = this.rows[index];
    if (!row) {
      this.search.removeAttribute('aria-activedescendant');
      return;
    }
    row.setAttribute('aria-selected', 'true');
    this.search.setAttribute('aria-activedescendant', row.id);
    if (reveal) row.scrollIntoView?.({ block: 'nearest' });
  }

  private rowIndexOf(target: EventTarget | null): number {
    const row = target instanceof Element ? target.closest('.item') : null;
    return row ? this.rows.indexOf(row as HTMLElement) : -1;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.form) this.closeForm();
      else this.events.dismiss(true);
      return;
    }
    if (isShortcut(event)) {
      event.preventDefault();
      this.events.dismiss(true);
      return;
    }
    // Keys in the form or in another feature's section (the coach's buttons) are theirs.
    if (this.form || this.sections.contains(event.target as Node)) return;
    const inSearch = event.target === this.search;
    if (isMoveKey(event.key) && !(inSearch && (event.key === 'Home' || event.key === 'End'))) {
      event.preventDefault();
      this.setActive(moveActive(this.active, this.shown.length, event.key), true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const point = this.shown[this.active];
      if (point) this.events.pick(point);
      else if (!this.loaded) this.pickWhenLoaded = true;
    }
  }
}
