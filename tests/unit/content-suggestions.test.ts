import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPoint, type NewPoint, type PitchPoint } from '../../src/core/point';
import { groupSuggestions, moveActive, offeredPoints } from '../../src/content/ui/suggestions';

let made = 0;
function point(fields: Partial<NewPoint> & Pick<NewPoint, 'category' | 'title'>): PitchPoint {
  made += 1;
  return createPoint({ text: `${fields.title} text`, id: `p${made}`, ...fields }, 1_700_000_000_000);
}

describe('what the panel offers', () => {
  it('puts email points before meeting-only ones', () => {
    const points = [
      point({ category: 'sweetener', title: 'Give up my parking space', use: ['meeting'] }),
      point({ category: 'sweetener', title: 'Six-week trial', use: ['email', 'meeting'], order: 3 }),
      point({ category: 'my-motivation', title: 'Protected focus time', use: ['email'] }),
    ];
    expect(offeredPoints(points).map((p) => p.title)).toEqual(['Protected focus time', 'Six-week trial', 'Give up my parking space']);
  });

  it('keeps categories in the framework order and the user order within one', () => {
    const points = [
      point({ category: 'communication', title: 'Core hours', order: 1 }),
      point({ category: 'boss-motivation', title: 'B', order: 2 }),
      point({ category: 'boss-motivation', title: 'A', order: 1 }),
    ];
    expect(offeredPoints(points).map((p) => p.title)).toEqual(['A', 'B', 'Core hours']);
  });
});

describe('grouping', () => {
  beforeAll(() => {
    const messages = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    vi.stubGlobal('chrome', { i18n: { getMessage: (name: string) => messages[name]?.message ?? '' } });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('groups by category with its label, keeping sweeteners together, in the order given', () => {
    const points = [
      point({ category: 'sweetener', title: 'Trial' }),
      point({ category: 'setup', title: 'Quiet room' }),
      point({ category: 'sweetener', title: 'Office on request' }),
    ];
    expect(groupSuggestions(points, '').map((g) => [g.label, g.points.map((p) => p.title)])).toEqual([
      ['Sweeteners', ['Trial', 'Office on request']],
      ['Setup', ['Quiet room']],
    ]);
  });

  it('drops groups that have no match', () => {
    const points = [point({ category: 'sweetener', title: 'Trial' }), point({ category: 'setup', title: 'Quiet room' })];
    expect(groupSuggestions(points, 'quiet').map((g) => g.category)).toEqual(['setup']);
    expect(groupSuggestions(points, 'nothing like this')).toEqual([]);
  });
});

describe('keyboard model', () => {
  it('moves down and up, wrapping at the ends', () => {
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
  });

  it('jumps to the ends and by pages without wrapping', () => {
    expect(moveActive(4, 9, 'Home')).toBe(0);
    expect(moveActive(1, 9, 'End')).toBe(8);
    expect(moveActive(6, 9, 'PageDown')).toBe(8);
    expect(moveActive(3, 9, 'PageUp')).toBe(0);
  });

  it('has nothing to select in an empty list', () => {
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
