import { Component, h, type ComponentType, type FunctionComponent } from 'preact';

function changed(before: object, after: object): boolean {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key in a) if (!(key in b)) return true;
  for (const key in b) if (a[key] !== b[key]) return true;
  return false;
}

/**
 * `render`, drawn again only when one of its props is a different value or object than last
 * time. Core preact has no `memo` (preact/compat has one, along with the rest of React's API);
 * a long list needs it so that adding the next slice of rows, or a keystroke in the search
 * box, does not run every row already on screen again.
 */
export function memo<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  return class Memo extends Component<P> {
    static override displayName = `memo(${render.displayName ?? render.name})`;

    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return changed(this.props, next);
    }

    override render(props: P) {
      return h(render, props);
    }
  };
}
