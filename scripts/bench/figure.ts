/** One number `npm run bench` prints; every bench module returns a list of these. */
export interface BenchFigure {
  /** Which part of the product it measures, e.g. 'coach', 'popup', 'content'. */
  area: string;
  name: string;
  value: number;
  unit: 'ms' | 'bytes' | 'ratio' | 'count';
  /** The goal the issue sets, as text, e.g. '≤ 2 ms'. */
  aim?: string;
}

/** Median and 95th percentile of a list of samples. */
export function summarise(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}
