import { describe, expect, it } from 'vitest';
import { createPoint, type NewPoint } from '../../src/core/point';
import { matchesQuery, queryTerms } from '../../src/core/search';

const point = (input: Partial<NewPoint> = {}) =>
  createPoint({ category: 'setup', title: 'Quiet room with a door', text: 'I work from a spare room on {days}.', tags: ['Home-Office', 'focus'], ...input }, 0);

describe('search over the listed points', () => {
  it('finds a point by a word of its title, its text or one of its tags, ignoring case', () => {
    const p = point();
    expect(matchesQuery(p, queryTerms('QUIET'))).toBe(true);
    expect(matchesQuery(p, queryTerms('spare'))).toBe(true);
    expect(matchesQuery(p, queryTerms('home-office'))).toBe(true);
    expect(matchesQuery(p, queryTerms('parking'))).toBe(false);
  });

  it('needs every word of the query, wherever each one is', () => {
    const p = point();
    expect(matchesQuery(p, queryTerms('door  focus'))).toBe(true);
    expect(matchesQuery(p, queryTerms('door parking'))).toBe(false);
  });

  it('matches the placeholder names as written, so {days} finds the points that use it', () => {
    expect(matchesQuery(point(), queryTerms('{days}'))).toBe(true);
  });

  it('shows everything for an empty or blank query', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(matchesQuery(point(), [])).toBe(true);
  });

  it('sees an edit: a changed point is a new object and is searched afresh', () => {
    const before = point();
    expect(matchesQuery(before, queryTerms('laptop'))).toBe(false);
    const after = { ...before, text: 'A company laptop only.' };
    expect(matchesQuery(after, queryTerms('laptop'))).toBe(true);
  });
});
