import { suggestedReviewDate, type Profile, type ProfileKey } from '../../core/profile';

/**
 * The fill-ins form's state. `reviewFollows` is true while the review date is the one we
 * offered (start date plus trial length): it then moves with those two fields, until the user
 * types a review date of their own.
 */
export interface ProfileFormState {
  profile: Profile;
  reviewFollows: boolean;
}

export function initialProfileState(saved: Profile): ProfileFormState {
  const suggestion = suggestedReviewDate(saved);
  if (!saved.reviewDate?.trim()) {
    return { profile: suggestion ? { ...saved, reviewDate: suggestion } : saved, reviewFollows: true };
  }
  return { profile: saved, reviewFollows: saved.reviewDate === suggestion };
}

export function editProfile(state: ProfileFormState, key: ProfileKey, value: string): ProfileFormState {
  const profile: Profile = { ...state.profile, [key]: value };
  if (key === 'reviewDate') return { profile, reviewFollows: value.trim() === '' };
  if (state.reviewFollows && (key === 'startDate' || key === 'trialWeeks')) {
    profile.reviewDate = suggestedReviewDate(profile) ?? '';
  }
  return { profile, reviewFollows: state.reviewFollows };
}
