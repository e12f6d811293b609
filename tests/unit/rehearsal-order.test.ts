import { describe, expect, it } from 'vitest';
import { checkRehearsal, rehearsalOrder, type RehearsalMark } from '../../src/core/rehearsal/rehearsal';
import { makePoint } from './storage-fixtures';

const answer = (id: string, order: number) => makePoint({ id, order, category: 'objection-answer', objection: `Concern ${id}` });
const mark = (pointId: string, value: RehearsalMark['mark'], markedAt: number): RehearsalMark => ({ pointId, mark: value, markedAt, rounds: 1 });

describe('a rehearsal round', () => {
  const points = [answer('a', 0), answer('b', 1), answer('c', 2), answer('d', 3), answer('e', 4)];

  it('brings the answers that need work first, then the new ones, then the confident ones, each oldest first', () => {
    const marks = [mark('a', 'confident', 10), mark('b', 'needs-work', 30), mark('d', 'needs-work', 20), mark('e', 'confident', 5)];
    expect(rehearsalOrder(points, marks).map((point) => point.id)).toEqual(['d', 'b', 'c', 'e', 'a']);
  });

  it('follows the list order before anything was marked, and leaves out other facets and private notes', () => {
    const others = [makePoint({ id: 's', category: 'sweetener' }), makePoint({ id: 'n', category: 'objection-answer', use: ['prep'] }), answer('m', 9)];
    expect(rehearsalOrder([...others, ...points].reverse(), []).map((point) => point.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'm']);
  });

  it('refuses a mark that is neither confident nor needs work', () => {
    const checked = checkRehearsal({ pointId: 'a', mark: 'maybe', markedAt: 1, rounds: 1 });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.error).toContain('confident, needs-work');
  });
});
