/** A4 less the print margins set in options.css (@page margin: 12mm), in CSS pixels. */
const MM = 96 / 25.4;
export const PRINTABLE_WIDTH_PX = (210 - 24) * MM;
export const PRINTABLE_HEIGHT_PX = (297 - 24) * MM;

/**
 * How much to shrink content of the given height so it fits one printable A4 page. A long card
 * gets smaller type rather than a second page: the card is meant to be read at a glance. Below
 * a floor it would no longer be legible, so it spills over instead.
 */
export function fitScale(contentHeightPx: number, available = PRINTABLE_HEIGHT_PX, floor = 0.55): number {
  if (!(contentHeightPx > available)) return 1;
  // A little slack: rounding in the print layout can push the last line over.
  return Math.max(floor, Math.floor((available / contentHeightPx) * 0.98 * 1000) / 1000);
}
