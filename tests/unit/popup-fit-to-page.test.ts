import { describe, expect, it } from 'vitest';
import { fitSheet, PRINTABLE_HEIGHT_PX, PRINTABLE_WIDTH_PX, SMALLEST_SCALE, type Sheet } from '../../src/options/fitToPage';

/** A sheet of text: the narrower it is, the taller it gets, like wrapped lines. */
function textSheet(area: number, fixed = 100): Sheet & { layouts: number } {
  const sheet = {
    style: { width: '', zoom: '', maxWidth: '' },
    layouts: 0,
    get scrollHeight() {
      sheet.layouts += 1;
      return fixed + area / parseFloat(sheet.style.width);
    },
  };
  return sheet;
}

const printedHeight = (sheet: Sheet) => (sheet.scrollHeight * Number(sheet.style.zoom));
const printedWidth = (sheet: Sheet) => parseFloat(sheet.style.width) * Number(sheet.style.zoom);

describe('fitting the meeting card on one A4 page', () => {
  it('knows the printable area of A4 with 12 mm margins', () => {
    expect(Math.round(PRINTABLE_WIDTH_PX)).toBe(703);
    expect(Math.round(PRINTABLE_HEIGHT_PX)).toBe(1032);
  });

  it('leaves a card that fits at full size', () => {
    const sheet = textSheet(400 * PRINTABLE_WIDTH_PX);
    expect(fitSheet(sheet)).toEqual({ scale: 1, fits: true });
    expect(sheet.style.zoom).toBe('1');
  });

  it('shrinks a taller card to the largest scale that fits, keeping the full page width', () => {
    const sheet = textSheet(1500 * PRINTABLE_WIDTH_PX);
    const fit = fitSheet(sheet);
    expect(fit.fits).toBe(true);
    expect(fit.scale).toBeLessThan(1);
    expect(printedHeight(sheet)).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PX);
    expect(printedHeight(sheet)).toBeGreaterThan(PRINTABLE_HEIGHT_PX * 0.95);
    expect(printedWidth(sheet)).toBeCloseTo(PRINTABLE_WIDTH_PX, 0);
    // Wider lines at smaller type: the shrink is gentler than the plain height ratio.
    expect(fit.scale).toBeGreaterThan(PRINTABLE_HEIGHT_PX / 1600);
    expect(sheet.layouts).toBeLessThan(20);
  });

  it('says when even the smallest legible type will not fit', () => {
    const sheet = textSheet(4000 * PRINTABLE_WIDTH_PX);
    expect(fitSheet(sheet)).toEqual({ scale: SMALLEST_SCALE, fits: false });
    expect(sheet.style.zoom).toBe(String(SMALLEST_SCALE));
  });
});
