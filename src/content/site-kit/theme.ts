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

/**
 * A colour as the browser computes it: `rgb(r, g, b)` or `rgba(r, g, b, a)`, which is how both
 * browsers serialise every named, hex or transparent colour. Null for anything else (a colour space
 * we don't read), and then no guess is made.
 */
function parseColour(value: string): Rgba | null {
  const channels = /^rgba?\(([^)]*)\)$/.exec(value.trim())?.[1]?.split(',').map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = 1] = channels;
  return channels.length >= 3 && channels.length <= 4 && !channels.some(Number.isNaN) ? { r, g, b, a } : null;
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
