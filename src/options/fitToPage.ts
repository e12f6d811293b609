/** A4 less the print margins set in options.css (@page margin: 12mm), in CSS pixels. */
const MM = 96 / 25.4;
/** @internal Exported for its unit tests. */
export const PRINTABLE_WIDTH_PX = (210 - 24) * MM;
/** @internal Exported for its unit tests. */
export const PRINTABLE_HEIGHT_PX = (297 - 24) * MM;

/**
 * Below this the type would no longer be legible: a longer card spills onto a second page.
 * @internal Exported for its unit tests.
 */
export const SMALLEST_SCALE = 0.6;

/** What fitting needs of the sheet; an element, or a stand-in in tests. */
export interface Sheet {
  style: { width: string; zoom: string; maxWidth: string };
  readonly scrollHeight: number;
}

export interface Fit {
  scale: number;
  /** False when even the smallest scale leaves the card taller than one page. */
  fits: boolean;
}

/**
 * Shrinks the sheet until its content fits one printable A4 page. A zoomed sheet is widened by
 * the same factor, so lines get longer as the type gets smaller and the page stays full width;
 * the height then depends on the scale in steps (line wrapping), so the largest scale that fits
 * is found by bisection, each step one layout.
 */
export function fitSheet(sheet: Sheet, width = PRINTABLE_WIDTH_PX, height = PRINTABLE_HEIGHT_PX): Fit {
  // Rounding in the print layout can push the last line over: keep a little slack.
  const room = height * 0.98;
  const heightAt = (scale: number) => {
    sheet.style.width = `${width / scale}px`;
    return sheet.scrollHeight * scale;
  };
  sheet.style.zoom = '1';
  // A narrow window caps the sheet on screen (options.css); the paper's width is what is measured.
  sheet.style.maxWidth = 'none';
  let fit: Fit;
  if (heightAt(1) <= room) fit = { scale: 1, fits: true };
  else if (heightAt(SMALLEST_SCALE) > room) fit = { scale: SMALLEST_SCALE, fits: false };
  else {
    let low = SMALLEST_SCALE;
    let high = 1;
    for (let step = 0; step < 8; step += 1) {
      const middle = (low + high) / 2;
      if (heightAt(middle) <= room) low = middle;
      else high = middle;
    }
    fit = { scale: Math.floor(low * 1000) / 1000, fits: true };
  }
  sheet.style.width = `${width / fit.scale}px`;
  sheet.style.zoom = String(fit.scale);
  sheet.style.maxWidth = '';
  return fit;
}
