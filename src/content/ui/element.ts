/**
 * Builds our own UI elements. Text always goes in as text nodes, never as markup: point titles and
 * texts are user data and must not be parsed as HTML in a mail page.
 */
import type { ViewNode } from '../../shared/view-node';

type Attributes = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

export type { ViewNode };

/**
 * Builds UI described as data (the coach's section, drawn by our own service worker). It goes
 * through `h`, so text stays text whatever it holds.
 */
export function build(doc: Document, node: ViewNode): Node | string {
  if (typeof node === 'string') return node;
  const [tag, attributes, ...children] = node;
  return h(doc, tag as keyof HTMLElementTagNameMap, attributes, ...children.map((child) => build(doc, child)));
}
