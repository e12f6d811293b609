import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/core/categories';
import { placeholderMatches } from '../../src/core/fill';
import { isProfileKey } from '../../src/core/profile';
import library from '../../src/core/starter-library.json';
import { starterPoints } from '../../src/core/starter';

const NOW = 1_760_000_000_000;

describe('starterPoints', () => {
  const points = starterPoints(NOW);

  it('offers every point of the library, each with its own id, covering every category', () => {
    expect(points).toHaveLength(library.length);
    expect(new Set(points.map((p) => p.id)).size).toBe(library.length);
    expect(points.map((p) => p.id)).toEqual(library.map((item) => item.id));
    expect(new Set(points.map((p) => p.category))).toEqual(new Set(CATEGORY_IDS));
  });

  it('marks them as starter points, unused, created now', () => {
    for (const point of points) {
      expect(point).toMatchObject({ origin: 'starter', usedCount: 0, createdAt: NOW, updatedAt: NOW });
    }
  });

  it('orders each category by position in the library, from 0 without gaps', () => {
    for (const category of CATEGORY_IDS) {
      const orders = points.filter((p) => p.category === category).map((p) => p.order);
      expect(orders).toEqual(orders.map((_, i) => i));
    }
  });

  it('only uses placeholders the profile form can fill', () => {
    const unknown = points.flatMap((p) => [...placeholderMatches(`${p.title} ${p.text}`)].map((m) => m[1] ?? '').filter((name) => !isProfileKey(name)).map((name) => `${p.id}: {${name}}`));
    expect(unknown).toEqual([]);
  });

  it('gives every objection answer the objection it answers, and no other point one', () => {
    for (const point of points) {
      expect(point.objection !== undefined, point.id).toBe(point.category === 'objection-answer');
    }
  });

  it('keeps the private self-check out of the email', () => {
    const prepOnly = points.filter((p) => p.use.length === 1 && p.use[0] === 'prep');
    expect(prepOnly.map((p) => p.id)).toEqual(['mm-private-reason-check']);
  });
});
