import { describe, expect, it } from 'vitest';
import { moveOneStep } from '../../src/popup/points/reorder';

describe('moving a point one step within its group', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('swaps with the neighbour above or below', () => {
    expect(moveOneStep(ids, 'c', 'up')).toEqual(['a', 'c', 'b', 'd']);
    expect(moveOneStep(ids, 'b', 'down')).toEqual(['a', 'c', 'b', 'd']);
  });

  it('does nothing at either end, or for an id that is not in the group', () => {
    expect(moveOneStep(ids, 'a', 'up')).toBeUndefined();
    expect(moveOneStep(ids, 'd', 'down')).toBeUndefined();
    expect(moveOneStep(ids, 'x', 'up')).toBeUndefined();
  });

  it('while searching, steps past the visible neighbour and leaves hidden points in place', () => {
    const visible = new Set(['a', 'd']);
    expect(moveOneStep(ids, 'd', 'up', (id) => visible.has(id))).toEqual(['d', 'a', 'b', 'c']);
    expect(moveOneStep(ids, 'a', 'down', (id) => visible.has(id))).toEqual(['b', 'c', 'd', 'a']);
    expect(moveOneStep(ids, 'a', 'up', (id) => visible.has(id))).toBeUndefined();
  });

  it('keeps every id exactly once, as the store requires', () => {
    const moved = moveOneStep(ids, 'b', 'down') ?? [];
    expect([...moved].sort()).toEqual(ids);
  });
});
