import type { LauncherSlot } from './adapter';

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

/** What counts as another control beside Send, in any site's toolbar. */
const CONTROL = 'button, [role="button"]';

const slotAfter = (group: Element, row: Element): LauncherSlot => ({ parent: row, before: group.nextSibling, wrapperTag: row.tagName === 'TR' ? 'td' : 'div' });

/**
 * Right after Send's group (Send and its ▾ half, when `isHalf` finds one beside it) in the nearest
 * container that also holds other controls: the toolbar row, whatever its markup; with no such row,
 * right after the group in its own container. For when a site redesigned its toolbar and no row
 * the adapter knows is there (in a table row, a cell goes in).
 */
export function afterSendGroup(root: Element, send: Element, isHalf: (element: Element) => boolean): LauncherSlot | null {
  const holder = send.parentElement;
  const first: Element = holder && [...holder.children].some((sibling) => sibling !== send && isHalf(sibling)) ? holder : send;
  let group = first;
  for (let row = group.parentElement; row && root.contains(row); group = row, row = row.parentElement) {
    const others = [...row.children].some((child) => child !== group && (child.matches(CONTROL) || child.querySelector(CONTROL)));
    if (others) return slotAfter(group, row);
  }
  const own = first.parentElement;
  return own && root.contains(own) ? slotAfter(first, own) : null;
}
