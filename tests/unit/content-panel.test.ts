// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoint, type PitchPoint } from '../../src/core/point';
import { Panel } from '../../src/content/ui/panel';
import { fillInFormView } from '../../src/shared/fill-in-form';
import { fromPage } from './setup/user-input';

const points: PitchPoint[] = [
  createPoint({ id: 'focus', category: 'my-motivation', title: 'Protected focus time', text: 'Focus on {metric}.' }, 1),
  createPoint({ id: 'trial', category: 'sweetener', title: 'Six-week trial', text: 'A trial until {reviewDate}.' }, 1),
  createPoint({ id: 'office', category: 'sweetener', title: 'In the office on request', text: 'I can be in within {travelTime}.' }, 1),
];

function setup() {
  const events = { pick: vi.fn(), dismiss: vi.fn() };
  const panel = new Panel(document, events);
  document.body.append(panel.element);
  panel.setData(points, { metric: 'tickets closed' });
  panel.focusSearch();
  const search = panel.element.querySelector<HTMLInputElement>('[data-testid="rp-panel-search"]');
  if (!search) throw new Error('no search box');
  const key = (k: string, target: Element = search) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  const type = (text: string) => {
    search.value = text;
    search.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const rows = () => [...panel.element.querySelectorAll<HTMLElement>('[data-testid="rp-suggestion"]')];
  const active = () => rows().find((row) => row.getAttribute('aria-selected') === 'true')?.dataset.pointId;
  return { panel, events, key, type, rows, active };
}

const MESSAGES = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('panel', () => {
  beforeAll(() => {
    // The extension's own i18n, answering from the English messages file as Chrome would.
    vi.stubGlobal('chrome', { i18n: { getMessage: (name: string) => MESSAGES[name]?.message ?? '' } });
  });
  afterAll(() => vi.unstubAllGlobals());
  beforeEach(() => document.body.replaceChildren());

  it('lists the points under their category headings with the fill-ins applied', () => {
    const { panel, rows } = setup();
    expect([...panel.element.querySelectorAll('.group')].map((g) => g.textContent)).toEqual(['My motivation', 'Sweeteners']);
    expect(rows().map((r) => [r.dataset.pointId, r.dataset.category])).toEqual([
      ['focus', 'my-motivation'], ['trial', 'sweetener'], ['office', 'sweetener'],
    ]);
    expect(rows()[0]?.textContent).toContain('Focus on tickets closed.');
  });

  it('draws the rows of a long library past its first screen once the panel has painted, in order, and none of a search that replaced them', async () => {
    const many = Array.from({ length: 40 }, (_, n) => createPoint({ id: `p${n}`, category: n < 20 ? 'my-motivation' : 'sweetener', title: `Point ${n}`, text: n % 2 ? 'Odd one.' : 'Even one.' }, 1));
    const panel = new Panel(document, { pick: vi.fn(), dismiss: vi.fn() });
    document.body.append(panel.element);
    const rows = () => [...panel.element.querySelectorAll<HTMLElement>('[data-testid="rp-suggestion"]')].map((row) => row.dataset.pointId);
    panel.setData(many, {});
    const drawn = () => panel.element.querySelector<HTMLElement>('[role="listbox"]')?.dataset.rows;
    expect(rows()).toEqual(many.slice(0, 12).map((point) => point.id));
    expect(drawn()).toBe('first');
    await vi.waitFor(() => expect(rows()).toEqual(many.map((point) => point.id)));
    expect(drawn()).toBe('all');
    // Both headings are there from the start; the second gets its rows with the rest.
    expect([...panel.element.querySelectorAll('.group')].map((g) => g.textContent)).toEqual(['My motivation', 'Sweeteners']);

    panel.setData(many, {});
    const search = panel.element.querySelector<HTMLInputElement>('[data-testid="rp-panel-search"]');
    if (!search) throw new Error('no search box');
    search.value = 'odd';
    search.dispatchEvent(new Event('input'));
    const odd = many.filter((point) => point.text === 'Odd one.').map((point) => point.id);
    expect(rows()).toEqual(odd.slice(0, 12));
    await vi.waitFor(() => expect(rows()).toEqual(odd));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    expect(rows()).toEqual(odd);
  });

  it('scrolls the first match into view after a search only when the list was scrolled down', () => {
    const reveal = vi.fn();
    HTMLElement.prototype.scrollIntoView = reveal;
    try {
      const { panel, type } = setup();
      type('trial');
      expect(reveal).not.toHaveBeenCalled();
      const list = panel.element.querySelector<HTMLElement>('[role="listbox"]');
      if (!list) throw new Error('no list');
      list.scrollTop = 40;
      list.dispatchEvent(new Event('scroll'));
      type('');
      expect(reveal).toHaveBeenCalledWith({ block: 'nearest' });
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    }
  });

  it('starts on the first point; arrows move, Enter picks the active one', () => {
    const { events, key, active } = setup();
    expect(active()).toBe('focus');
    key('ArrowDown');
    key('ArrowDown');
    expect(active()).toBe('office');
    key('ArrowDown');
    expect(active()).toBe('focus');
    key('ArrowUp');
    key('Enter');
    expect(events.pick).toHaveBeenCalledWith(points[2]);
  });

  it('filters as the user types and picks the first match on Enter', () => {
    const { events, key, type, rows } = setup();
    type('request');
    expect(rows().map((r) => r.dataset.pointId)).toEqual(['office']);
    key('Enter');
    expect(events.pick).toHaveBeenCalledWith(points[2]);
    type('no such thing');
    expect(rows()).toHaveLength(0);
    expect(document.body.textContent).toContain('No point matches “no such thing”.');
  });

  it('picks on click and closes with Escape, asking for the caret back', () => {
    const { events, key, rows } = setup();
    rows()[1]?.click();
    expect(events.pick).toHaveBeenCalledWith(points[1]);
    key('Escape');
    expect(events.dismiss).toHaveBeenCalledWith(true);
  });

  it('asks for missing fill-ins, one field per key, and hands back the answers', () => {
    const { panel, events, key } = setup();
    const answer = vi.fn();
    panel.askFillIns(fillInFormView((points[1] as PitchPoint).title, ['reviewDate', 'manager']), ['reviewDate', 'manager'], answer);
    const form = panel.element.querySelector<HTMLFormElement>('[data-testid="rp-fill-form"]');
    const fields = [...panel.element.querySelectorAll<HTMLInputElement>('[data-testid="rp-fill-field"]')];
    expect(fields.map((f) => f.name)).toEqual(['reviewDate', 'manager']);
    expect(document.activeElement).toBe(fields[0]);
    expect(form?.textContent).toContain("Manager's name");
    expect(fields[1]?.placeholder).toBe("Your manager's first name");
    (fields[0] as HTMLInputElement).value = '2026-05-15';
    panel.element.querySelector<HTMLButtonElement>('[data-testid="rp-fill-insert"]')?.click();
    expect(answer).toHaveBeenCalledWith({ reviewDate: '2026-05-15', manager: '' }, true);

    key('Escape', fields[0]);
    expect(panel.element.querySelector('[data-testid="rp-fill-form"]')).toBeNull();
    expect(events.dismiss).not.toHaveBeenCalled();
  });

  it('takes fill-ins and picks from the user only, under the names the point asks for whatever the fields are called', () => {
    const { panel, events, rows } = setup();
    rows()[0]?.dispatchEvent(fromPage(new MouseEvent('click', { bubbles: true })));
    panel.element.dispatchEvent(fromPage(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(events.pick).not.toHaveBeenCalled();
    const answer = vi.fn();
    panel.askFillIns(fillInFormView((points[1] as PitchPoint).title, ['reviewDate']), ['reviewDate'], answer);
    const form = panel.element.querySelector<HTMLFormElement>('[data-testid="rp-fill-form"]');
    const field = panel.element.querySelector<HTMLInputElement>('[data-testid="rp-fill-field"]');
    if (!form || !field) throw new Error('no fill-in form');
    // What a page script could do to our open shadow root.
    field.name = 'manager';
    field.value = '2026-05-15';
    // A browser fires requestSubmit()'s submit event as trusted: the form's submit never counts.
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    panel.element.querySelector('[data-testid="rp-fill-insert"]')?.dispatchEvent(fromPage(new MouseEvent('click', { bubbles: true, cancelable: true })));
    field.dispatchEvent(fromPage(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    expect(answer).not.toHaveBeenCalled();
    panel.element.querySelector<HTMLButtonElement>('[data-testid="rp-fill-insert"]')?.click();
    expect(answer).toHaveBeenCalledWith({ reviewDate: '2026-05-15' }, true);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(answer).toHaveBeenCalledTimes(2);
  });

  it('remembers an Enter pressed before the points arrived and picks the top match when they do', () => {
    const events = { pick: vi.fn(), dismiss: vi.fn() };
    const panel = new Panel(document, events);
    document.body.append(panel.element);
    const search = panel.element.querySelector<HTMLInputElement>('[data-testid="rp-panel-search"]');
    if (!search) throw new Error('no search box');
    search.value = 'trial';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(events.pick).not.toHaveBeenCalled();
    panel.setData(points, {});
    expect(events.pick).toHaveBeenCalledWith(points[1]);
  });

  it('shows text as text, never as markup', () => {
    const events = { pick: vi.fn(), dismiss: vi.fn() };
    const panel = new Panel(document, events);
    document.body.append(panel.element);
    panel.setData([createPoint({ id: 'x', category: 'setup', title: '<img src=x onerror=alert(1)>', text: '<b>bold</b>' }, 1)], {});
    expect(panel.element.querySelector('img, b')).toBeNull();
    expect(panel.element.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
