import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const css = readFileSync(join(import.meta.dirname, '../../src/popup/styles.css'), 'utf8');

/** The custom properties of the first `:root { … }` block after `from`. */
function palette(from: number): Record<string, string> {
  const start = css.indexOf(':root', from);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// [text, background] pairs the stylesheet actually puts together.
const TEXT_PAIRS = [
  ['fg', 'bg'], ['fg', 'surface'], ['muted', 'bg'], ['muted', 'surface'], ['accent', 'bg'], ['accent', 'surface'],
  ['accent-fg', 'accent'], ['danger', 'bg'], ['danger', 'surface'], ['danger-fg', 'danger'], ['mark-fg', 'mark-bg'],
  ['tag-fg', 'tag-bg'], ['error-fg', 'error-bg'], ['bg', 'fg'], ['ok', 'bg'], ['ok', 'surface'],
] as const;
// Borders of inputs and buttons, and the focus ring, need 3:1 against what surrounds them.
const UI_PAIRS = [['border', 'bg'], ['border', 'surface'], ['focus', 'bg'], ['focus', 'surface']] as const;

describe.each([
  ['light', palette(0)],
  ['dark', palette(css.indexOf('prefers-color-scheme: dark'))],
])('the %s colour scheme', (_scheme, colours) => {
  it('defines every colour the checks name', () => {
    for (const name of [...TEXT_PAIRS, ...UI_PAIRS].flat()) expect(colours, name).toHaveProperty(name);
  });

  it.each(TEXT_PAIRS)('%s on %s meets WCAG AA for text (4.5:1)', (fg, bg) => {
    expect(contrast(colours[fg] ?? '', colours[bg] ?? '')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('%s against %s meets WCAG AA for controls (3:1)', (fg, bg) => {
    expect(contrast(colours[fg] ?? '', colours[bg] ?? '')).toBeGreaterThanOrEqual(3);
  });
});
