import { describe, expect, it } from 'vitest';
import { fitScale, PRINTABLE_HEIGHT_PX, PRINTABLE_WIDTH_PX } from '../../src/options/fitToPage';

describe('fitting the meeting card on one A4 page', () => {
  it('knows the printable area of A4 with 12 mm margins', () => {
    expect(Math.round(PRINTABLE_WIDTH_PX)).toBe(703);
    expect(Math.round(PRINTABLE_HEIGHT_PX)).toBe(1032);
  });

  it('leaves a card that fits at full size', () => {
    expect(fitScale(600)).toBe(1);
    expect(fitScale(PRINTABLE_HEIGHT_PX)).toBe(1);
  });

  it('shrinks a taller card until it fits, with a little slack', () => {
    const scale = fitScale(1500);
    expect(1500 * scale).toBeLessThan(PRINTABLE_HEIGHT_PX);
    expect(1500 * scale).toBeGreaterThan(PRINTABLE_HEIGHT_PX * 0.95);
  });

  it('never shrinks below legible type', () => {
    expect(fitScale(10_000)).toBe(0.55);
  });
});
