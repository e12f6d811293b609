import { CATEGORY_IDS } from '../../src/core/categories';
import type { PitchPoint } from '../../src/core/point';

/**
 * `count` made-up points shaped like real ones (placeholders, tags, some evidence, spread over the
 * categories), so every benchmark that needs a large library measures the same kind of data.
 */
export function samplePoints(count: number, prefix: string): PitchPoint[] {
  const now = Date.parse('2026-03-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i.toString(36)}`,
    category: CATEGORY_IDS[i % CATEGORY_IDS.length] ?? 'setup',
    title: `Point number ${i} about working from home`,
    text: `On {days} I would keep {coreHours} as core hours and reply {responseTime}; this is sample text number ${i}, long enough to look like a real point.`,
    tags: ['bench', `group-${i % 50}`],
    use: ['email', 'meeting'],
    order: Math.floor(i / CATEGORY_IDS.length),
    createdAt: now - i * 1000,
    updatedAt: now,
    usedCount: i % 7,
    origin: 'user',
    ...(i % 3 === 0 ? { evidence: 'A randomised trial, 2024' } : {}),
  }));
}
