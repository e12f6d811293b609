import { describe, expect, it } from 'vitest';
import { fill } from '../../src/core/fill';
import { segmentsOf } from '../../src/popup/points/segments';

describe('the preview of a point with its fill-ins', () => {
  const profile = { manager: ' Dana ', days: 'Tuesdays', target: '   ' };

  it('tells written text, applied fill-ins and missing ones apart', () => {
    expect(segmentsOf('Hi {manager}, {days} until {reviewDate}.', profile)).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'filled', name: 'manager', text: 'Dana' },
      { kind: 'text', text: ', ' },
      { kind: 'filled', name: 'days', text: 'Tuesdays' },
      { kind: 'text', text: ' until ' },
      { kind: 'missing', name: 'reviewDate', text: '{reviewDate}' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('treats a blank value as missing, as the insertion does', () => {
    expect(segmentsOf('{target}', profile)).toEqual([{ kind: 'missing', name: 'target', text: '{target}' }]);
  });

  it('reads, joined, exactly as fill() fills the text', () => {
    for (const text of ['{manager}{days}', 'no fill-ins at all', '{ manager } and {unknownKey} and {days}!', '']) {
      expect(segmentsOf(text, profile).map((s) => s.text).join('')).toBe(fill(text, profile).text);
    }
  });
});
