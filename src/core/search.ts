import type { PitchPoint } from './point';

// The one point search: the popup's list and the compose panel both filter with it.

/** Lower-cased words of a query; a point must contain every one of them somewhere. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

// The haystack is rebuilt only when a point object changes: the list holds the same objects
// between keystrokes, so typing stays cheap with thousands of points.
const haystacks = new WeakMap<PitchPoint, string>();

function haystack(point: PitchPoint): string {
  let text = haystacks.get(point);
  if (text === undefined) {
    text = [point.title, point.text, point.objection ?? '', ...point.tags].join('\n').toLowerCase();
    haystacks.set(point, text);
  }
  return text;
}

/** Whether the point's title, text, objection or tags contain every term of the query. */
export function matchesQuery(point: PitchPoint, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = haystack(point);
  return terms.every((term) => text.includes(term));
}
