// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoint } from '../../src/core/point';
import { Panel } from '../../src/content/ui/panel';

const rect = (left: number, top: number, width = 36, height = 32) => new DOMRect(left, top, width, height);

describe('where the panel opens', () => {
  let panel: Panel;
  beforeEach(() => {
    window.innerWidth = 1200;
    window.innerHeight = 800;
    panel = new Panel(document, { pick: vi.fn(), dismiss: vi.fn() });
    document.body.append(panel.element);
  });
  afterEach(() => document.body.replaceChildren());

  it("above a launcher in Gmail's bottom row, ending at its right edge", () => {
    panel.place(rect(930, 760));
    expect(panel.element.style.left).toBe(`${930 + 36 - 360}px`);
    expect(panel.element.style.top).toBe('auto');
    expect(panel.element.style.bottom).toBe(`${800 - 760 + 4}px`);
  });

  it("below a launcher near the left of Outlook's top row, starting at its left edge instead of the window's", () => {
    panel.place(rect(283, 25));
    expect(panel.element.style.left).toBe('283px');
    expect(panel.element.style.top).toBe(`${25 + 32 + 4}px`);
  });

  it('stays inside a narrow window', () => {
    window.innerWidth = 500;
    panel.place(rect(300, 25));
    expect(panel.element.style.left).toBe(`${500 - 360 - 8}px`);
  });
});

describe('keys in a panel section', () => {
  afterEach(() => document.body.replaceChildren());

  it('leaves Enter and arrows on a section button to that button, and still closes on Escape', () => {
    const events = { pick: vi.fn(), dismiss: vi.fn() };
    const panel = new Panel(document, events);
    document.body.append(panel.element);
    panel.setData([createPoint({ id: 'p', category: 'sweetener', title: 'Trial', text: 'A trial.' }, 1)], {});
    const button = document.createElement('button');
    panel.sections.append(button);
    const key = (name: string) => button.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    expect(key('Enter')).toBe(true);
    expect(key('ArrowDown')).toBe(true);
    expect(events.pick).not.toHaveBeenCalled();
    key('Escape');
    expect(events.dismiss).toHaveBeenCalledWith(true);
  });
});
