// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memo } from '../../src/popup/app/memo';

let container: HTMLElement;
let drawn: string[];

beforeEach(() => {
  container = document.createElement('div');
  drawn = [];
});
afterEach(() => render(null, container));

const Row = memo(function Row({ label, note }: { label: string; note?: { text: string } }) {
  drawn.push(label);
  return (
    <li>
      {label}
      {note ? `: ${note.text}` : ''}
    </li>
  );
});

function List({ labels, note }: { labels: string[]; note?: { text: string } }) {
  return (
    <ul>
      {labels.map((label) => (
        <Row key={label} label={label} {...(label === 'b' && note ? { note } : {})} />
      ))}
    </ul>
  );
}

describe('memo', () => {
  it('draws only the rows that are new when the list grows', () => {
    render(<List labels={['a', 'b']} />, container);
    render(<List labels={['a', 'b', 'c', 'd']} />, container);

    expect(drawn).toEqual(['a', 'b', 'c', 'd']);
    expect(container.textContent).toBe('abcd');
  });

  it('draws a row again when one of its props is a new value, and shows the change', () => {
    const note = { text: 'first' };
    render(<List labels={['a', 'b']} note={note} />, container);
    render(<List labels={['a', 'b']} note={note} />, container);
    render(<List labels={['a', 'b']} note={{ text: 'second' }} />, container);

    expect(drawn).toEqual(['a', 'b', 'b']);
    expect(container.textContent).toBe('ab: second');
  });

  it('draws a row again when a prop it had is gone', () => {
    render(<List labels={['a', 'b']} note={{ text: 'gone soon' }} />, container);
    render(<List labels={['a', 'b']} />, container);

    expect(drawn).toEqual(['a', 'b', 'b']);
    expect(container.textContent).toBe('ab');
  });
});
