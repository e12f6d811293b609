/** The first element in `scope` matching one of `selectors`, tried in order: a site's preferred hook, then its fallbacks. */
export function firstIn(scope: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = scope.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}
