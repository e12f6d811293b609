import type { Profile } from '../../core/profile';
import { OutcomeLog } from './OutcomeLog';
import { TrialPlan } from './TrialPlan';
import { useAfterMeeting } from './useAfterMeeting';

/** Below the card: the outcome log with its recap, and the trial plan with its calendar file and review email. */
export function AfterMeetingPart({ profile, onError }: { profile: Profile; onError(message: string): void }) {
  const after = useAfterMeeting(onError);
  if (!after.loaded) return null;
  return (
    <div class="after-meeting">
      <OutcomeLog profile={profile} after={after} onError={onError} />
      <TrialPlan profile={profile} after={after} onError={onError} />
    </div>
  );
}
