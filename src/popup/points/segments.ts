import { fill, placeholderMatches } from '../../core/fill';
import type { Profile } from '../../core/profile';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'filled'; name: string; text: string }
  | { kind: 'missing'; name: string; text: string };

/**
 * The text cut into what the user wrote, what a fill-in supplied and what is still missing,
 * so a preview can mark each. Joined back, the segments read exactly as `fill()` fills them.
 */
export function segmentsOf(text: string, profile: Profile): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of placeholderMatches(text)) {
    const at = match.index;
    if (at > last) segments.push({ kind: 'text', text: text.slice(last, at) });
    const placeholder = match[0];
    const name = match[1] ?? '';
    // fill() holds the rule for what counts as a value (known key, not blank, trimmed).
    const { text: filled, missing } = fill(placeholder, profile);
    segments.push(missing.length > 0 ? { kind: 'missing', name, text: placeholder } : { kind: 'filled', name, text: filled });
    last = at + placeholder.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}
