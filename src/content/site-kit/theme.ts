/**
 * Reading a site's light or dark theme from computed colours. Both sites ship several theme
 * engines (Gmail's picture themes, Outlook's Fluent tokens); whatever they do, the colours the
 * browser finally computes are the one signal they all have to produce.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Keywords a computed value can still be, in browsers or DOM stand-ins that skip normalising. */
const NAMED: Readonly<Record<string, Rgba>> = {
  transparent: { r: 0, g: 0, b: 0, a: 0 },
  black: { r: 0, g: 0, b: 0, a: 1 },
  white: { r: 255, g: 255, b: 255, a: 1 },
};

function fromHex(hex: string): Rgba | null {
  const digits = hex.length <= 4 ? [...hex].map((d) => d + d).join('') : hex;
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(digits)) return null;
  const channel = (at: number) => parseInt(digits.slice(at, at + 2), 16);
  return { r: channel(0), g: channel(2), b: channel(4), a: digits.length === 8 ? channel(6) / 255 : 1 };
}

function fromFunction(args: string): Rgba | null {
  // Browsers print `rgb(1, 2, 3)`; the modern syntax `rgb(1 2 3 / 50%)` is accepted too.
  const parts = args.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const numbers = parts.map((part) => (part.endsWith('%') ? parseFloat(part) / 100 : parseFloat(part)));
  if (numbers.some((n) => Number.isNaN(n))) return null;
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return { r, g, b, a };
}

/** A CSS colour as the browser computes it; null for anything this cannot read (then no guess is made). */
function parseColour(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  const named = NAMED[text];
  if (named) return named;
  if (text.startsWith('#')) return fromHex(text.slice(1));
  const call = /^rgba?\((.*)\)$/.exec(text);
  return call?.[1] === undefined ? null : fromFunction(call[1]);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The background actually painted behind an element: its own when mostly opaque, else the nearest
 * ancestor's. Faint overlays (Gmail draws translucent panels over theme pictures) say little about
 * what shows through them, so they are skipped.
 */
export function paintedBackground(element: Element): Rgba | null {
  const view = element.ownerDocument.defaultView;
  if (!view) return null;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = parseColour(view.getComputedStyle(at).backgroundColor);
    if (colour && colour.a >= 0.5) return colour;
  }
  return null;
}

/** The text colour an element is drawn in. */
export function textColour(element: Element): Rgba | null {
  const view = element.ownerDocument.defaultView;
  return view ? parseColour(view.getComputedStyle(element).color) : null;
}

/**
 * Whether a colour reads as dark. 0.2 sits near the luminance that contrasts equally with black and
 * white (about 0.18), so a dark theme's greys fall below it and its light text well above.
 */
export function isDarkColour(colour: Rgba): boolean {
  return luminance(colour) < 0.2;
}
