import { describe, expect, it } from 'vitest';
import { withReviewDate } from '../../src/core/profile';
import { editProfile, initialProfileState } from '../../src/popup/profile/reviewDate';

describe('the review date offered from the start date and the trial length', () => {
  it('is offered when the saved profile has none', () => {
    const state = initialProfileState({ startDate: '2026-03-02', trialWeeks: '6' });
    expect(state.profile.reviewDate).toBe('2026-04-13');
    expect(state.reviewFollows).toBe(true);
  });

  it('follows the start date and the trial length as the user types them', () => {
    let state = initialProfileState({});
    state = editProfile(state, 'startDate', '2026-03-02');
    expect(state.profile.reviewDate ?? '').toBe('');
    state = editProfile(state, 'trialWeeks', '1');
    expect(state.profile.reviewDate).toBe('2026-03-09');
    state = editProfile(state, 'trialWeeks', '12');
    expect(state.profile.reviewDate).toBe('2026-05-25');
    state = editProfile(state, 'trialWeeks', 'eight weeks');
    expect(state.profile.reviewDate).toBe('2026-04-27');
  });

  it('stops following once the user sets a date of their own, and starts again if they clear it', () => {
    let state = editProfile(initialProfileState({ startDate: '2026-03-02', trialWeeks: '6' }), 'reviewDate', '2026-05-01');
    state = editProfile(state, 'trialWeeks', '4');
    expect(state.profile.reviewDate).toBe('2026-05-01');
    state = editProfile(state, 'reviewDate', '');
    state = editProfile(state, 'trialWeeks', '4');
    expect(state.profile.reviewDate).toBe('2026-03-30');
  });

  it('keeps a saved review date that differs from the suggestion', () => {
    const state = initialProfileState({ startDate: '2026-03-02', trialWeeks: '6', reviewDate: '2026-06-01' });
    expect(state.reviewFollows).toBe(false);
    expect(editProfile(state, 'startDate', '2026-03-09').profile.reviewDate).toBe('2026-06-01');
  });

  it('fills an empty review date for the card and previews, and leaves a set one alone', () => {
    expect(withReviewDate({ startDate: '2026-03-02', trialWeeks: '2' }).reviewDate).toBe('2026-03-16');
    expect(withReviewDate({ startDate: '2026-03-02', trialWeeks: '2', reviewDate: '2026-04-01' }).reviewDate).toBe('2026-04-01');
    expect(withReviewDate({ startDate: 'soon' }).reviewDate).toBeUndefined();
  });
});
