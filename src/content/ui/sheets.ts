/**
 * Adds our CSS to the page's document (the selector observer's rule) or to one of our shadow
 * roots, through `adoptedStyleSheets`: one parsed sheet per document and text, shared by every
 * root that takes it, and no element of ours in the page's DOM. Where constructable sheets fail,
 * a marked `<style>` does the same job. Returns what takes it out again.
 */
const parsed = new WeakMap<Document, Map<string, CSSStyleSheet>>();

export function adoptStyles(target: Document | ShadowRoot, css: string): () => void {
  const doc = target.ownerDocument ?? (target as Document);
  try {
    const sheets = parsed.get(doc) ?? new Map<string, CSSStyleSheet>();
    parsed.set(doc, sheets);
    let sheet = sheets.get(css);
    if (!sheet) {
      const view = doc.defaultView;
      if (!view) throw new Error('no window');
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    const adopted = sheet;
    if (!target.adoptedStyleSheets.includes(adopted)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, adopted];
    return () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((other) => other !== adopted);
    };
  } catch {
    const style = doc.createElement('style');
    style.dataset.remotePitch = 'styles';
    style.textContent = css;
    (target === doc ? doc.head ?? doc.documentElement : target).append(style);
    return () => style.remove();
  }
}
