import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPoint, type NewPoint, type PitchPoint } from '../../src/core/point';
import { groupSuggestions, moveActive } from '../../src/content/ui/suggestions';

let made = 0;
function point(fields: Partial<NewPoint> & Pick<NewPoint, 'category' | 'title'>): PitchPoint {
  made += 1;
  return createPoint({ text: `${fields.title} text`, id: `p${made}`, ...fields }, 1_700_000_000_000);
}

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
