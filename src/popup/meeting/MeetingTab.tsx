import { useMemo } from 'preact/hooks';
import type { PitchPoint } from '../../core/point';
import type { Profile } from '../../core/profile';
import { t } from '../i18n';
import { buildMeetingCard, hasChosenPoints } from './cardModel';
import { MeetingCard } from './MeetingCard';
import { openPrintView } from './openPrintView';
import { lazy } from '../app/lazy';

// The outcome log, the emails and the trial plan load when the tab is first shown, not with the popup.
/** The print view's "Back to the card" puts the keyboard back on this button. */
export const PRINT_BUTTON_ID = 'rp-print-open';

const AfterMeetingPart = lazy(() => import('./AfterMeetingPart').then((module) => module.AfterMeetingPart));

/** Before, during and after the meeting: the card, the trial plan, the outcome log and its recap. */
export function MeetingTab({ points, profile, onError }: { points: PitchPoint[]; profile: Profile; onError(message: string): void }) {
  const card = useMemo(() => buildMeetingCard(points, profile), [points, profile]);
  return (
    <div class="meeting-tab">
      <div class="toolbar">
        <p class="tab-intro">{hasChosenPoints(card) ? t('meetingIntro') : t('meetingIntroEmpty')}</p>
        <button type="button" id={PRINT_BUTTON_ID} data-testid="rp-print" onClick={() => void openPrintView()}>
          {t('meetingPrint')}
        </button>
      </div>
      <MeetingCard card={card} />
      <AfterMeetingPart profile={profile} onError={onError} />
    </div>
  );
}
