/** The first element in `scope` matching one of `selectors`, tried in order: a site's preferred hook, then its fallbacks. */
export function firstIn(scope: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = scope.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** The child of `row` that holds `node`: the cell or group to put our launcher beside. */
export function cellOf(row: Element, node: Element): Element | null {
  let at: Element | null = node;
  while (at && at.parentElement !== row) at = at.parentElement;
  return at;
}
