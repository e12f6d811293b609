import { describe, expect, it } from 'vitest';
import { createPoint } from '../../src/core/point';
import { changesBetween, draftFrom, emptyDraft, newPointFrom, parseTags } from '../../src/popup/points/draft';

describe('the point form', () => {
  it('reads tags as a comma-separated list, trimmed, lower-cased and without repeats', () => {
    expect(parseTags(' Focus, deep work ,,focus, ')).toEqual(['focus', 'deep work']);
  });

  it('creates a point from what was typed, with optional fields only when filled', () => {
    const draft = { ...emptyDraft('setup'), title: '  Quiet room ', text: 'A door that closes. ', tags: 'home' };
    expect(newPointFrom(draft)).toEqual({ category: 'setup', title: 'Quiet room', text: 'A door that closes.', tags: ['home'], onMeetingCard: false });
  });

  it('keeps the objection only on objection answers', () => {
    const draft = { ...emptyDraft('objection-answer'), title: 'Output', text: 'Judge me by it.', objection: 'How will I know?' };
    expect(newPointFrom(draft).objection).toBe('How will I know?');
    expect(newPointFrom({ ...draft, category: 'setup' }).objection).toBeUndefined();
    expect(changesBetween(draft, { ...draft, category: 'setup' })).toEqual({ category: 'setup', objection: '' });
  });

  it('sends cleared optional fields as blank so the store removes them', () => {
    const point = createPoint({ category: 'sweetener', title: 'Trial', text: 'Six weeks.', evidence: 'HR guide', tags: ['trial'] }, 0);
    const draft = { ...draftFrom(point), evidence: '', tags: '' };
    expect(changesBetween(draftFrom(point), draft)).toEqual({ evidence: '', tags: [] });
  });

  it('round-trips a stored point through the form unchanged: nothing to send', () => {
    const point = createPoint(
      { category: 'objection-answer', title: 'Visible output', text: 'A weekly note on {updateDay}.', objection: 'Out of sight?', evidence: 'S9', tags: ['visibility', 'trust'], onMeetingCard: true },
      0,
    );
    expect(changesBetween(draftFrom(point), draftFrom(point))).toEqual({});
  });

  it('sends only the fields the user changed, so an edit saved meanwhile from another window stays', () => {
    const point = createPoint({ category: 'sweetener', title: 'Trial', text: 'Six weeks.', tags: ['trial'] }, 0);
    const opened = draftFrom(point);
    expect(changesBetween(opened, { ...opened, text: 'Eight weeks.', tags: 'Trial, review' })).toEqual({ text: 'Eight weeks.', tags: ['trial', 'review'] });
    // Typing a tag again in another case or order of spaces is no change.
    expect(changesBetween(opened, { ...opened, tags: ' TRIAL ' })).toEqual({});
  });
});
