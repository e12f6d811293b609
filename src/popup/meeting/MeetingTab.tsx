import { useMemo } from 'preact/hooks';
import type { PitchPoint } from '../../core/point';
import type { Profile } from '../../core/profile';
import { t } from '../i18n';
import { buildMeetingCard, hasChosenPoints } from './cardModel';
import { MeetingCard } from './MeetingCard';
import { openPrintView } from './openPrintView';

export function MeetingTab({ points, profile }: { points: PitchPoint[]; profile: Profile }) {
  const card = useMemo(() => buildMeetingCard(points, profile), [points, profile]);
  return (
    <div class="meeting-tab">
      <div class="toolbar">
        <p class="tab-intro">{hasChosenPoints(card) ? t('meetingIntro') : t('meetingIntroEmpty')}</p>
        <button type="button" data-testid="rp-print" onClick={() => void openPrintView()}>
          {t('meetingPrint')}
        </button>
      </div>
      <MeetingCard card={card} />
    </div>
  );
}
