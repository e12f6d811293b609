import { longDate, parseIsoDate } from '../../core/dates';
import { messageOf } from '../../core/errors';
import type { OutcomeEntry } from '../../core/outcome/outcome';
import { buildReview } from '../../core/outcome/follow-up';
import { trialWeeksOf, withReviewDate, type Profile } from '../../core/profile';
import { RHYTHMS, trialSchedule, type MeetingKind, type Rhythm } from '../../core/trial/schedule';
import { downloadText } from '../backup/download';
import { t, type MessageKey } from '../i18n';
import { FollowUpEmail } from './FollowUpEmail';
import type { AfterMeeting } from './useAfterMeeting';

const RHYTHM_LABELS: Readonly<Record<Rhythm, MessageKey>> = {
  'two-weeks': 'trialRhythmTwoWeeks',
  'two-weeks-midpoint': 'trialRhythmMidpoint',
  fortnightly: 'trialRhythmFortnightly',
  weekly: 'trialRhythmWeekly',
  none: 'trialRhythmNone',
};
const KIND_LABELS: Readonly<Record<MeetingKind, MessageKey>> = { 'check-in': 'trialCheckIn', midpoint: 'trialMidpoint', review: 'trialReview' };

/** The terms the plan follows: what was agreed at the latest "yes" or "trial", else what the fill-ins propose. */
function agreedTerms(profile: Profile, outcomes: readonly OutcomeEntry[]): { profile: Profile; agreedOn?: string; entry?: OutcomeEntry } {
  const entry = outcomes.find((outcome) => outcome.answer === 'trial' || outcome.answer === 'yes');
  if (!entry) return { profile: withReviewDate(profile) };
  const { agreed } = entry;
  const terms: Profile = { ...profile, ...(agreed.days && { days: agreed.days }), ...(agreed.startDate && { startDate: agreed.startDate }), ...(agreed.trialWeeks && { trialWeeks: agreed.trialWeeks }) };
  if (agreed.startDate || agreed.trialWeeks) delete terms.reviewDate;
  return { profile: withReviewDate(terms), agreedOn: entry.askedOn, entry };
}

/**
 * The trial's meetings from the agreed start date, length and check-in rhythm, downloadable as one
 * calendar file, and the email asking for the review at the end, with the results.
 */
export function TrialPlan({ profile, after, onError }: { profile: Profile; after: AfterMeeting; onError(message: string): void }) {
  const { trial } = after;
  const terms = agreedTerms(profile, after.outcomes);
  const weeks = trialWeeksOf(terms.profile) ?? 0;
  const meetings = trial ? trialSchedule({ startDate: terms.profile.startDate ?? '', trialWeeks: weeks, reviewDate: terms.profile.reviewDate ?? '', rhythm: trial.rhythm }) : [];
  const start = parseIsoDate(terms.profile.startDate);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function download() {
    if (!trial) return;
    try {
      // The calendar writer loads only when a file is asked for.
      const { trialCalendar } = await import('../../core/trial/calendar');
      const ics = trialCalendar({
        planId: trial.planId, meetings, time: trial.time, minutes: trial.minutes, timeZone, now: new Date(),
        startDate: terms.profile.startDate ?? '', manager: profile.manager, days: terms.profile.days, metric: profile.metric, baseline: profile.baseline, target: profile.target,
      });
      downloadText(ics, 'remote-pitch-trial.ics', 'text/calendar');
    } catch (failure) {
      onError(messageOf(failure));
    }
  }

  return (
    <section class="card-section trial-plan" aria-labelledby="rp-trial-heading">
      <h3 id="rp-trial-heading">{t('trialHeading')}</h3>
      <p class="hint">{terms.agreedOn ? t('trialFromAgreed', longDate(parseIsoDate(terms.agreedOn) ?? new Date())) : t('trialFromProfile')}</p>
      {trial && (
        <div class="trial-settings">
          <div class="field">
            <label class="field-label" for="rp-trial-rhythm">{t('trialRhythm')}</label>
            <select id="rp-trial-rhythm" value={trial.rhythm} onChange={(event) => after.changeTrial({ rhythm: event.currentTarget.value as Rhythm })}>
              {RHYTHMS.map((rhythm) => (
                <option key={rhythm} value={rhythm}>{t(RHYTHM_LABELS[rhythm])}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label class="field-label" for="rp-trial-time">{t('trialTime', timeZone)}</label>
            <input id="rp-trial-time" type="time" value={trial.time} onInput={(event) => event.currentTarget.value && after.changeTrial({ time: event.currentTarget.value })} />
          </div>
        </div>
      )}
      {meetings.length === 0 ? (
        <p class="card-empty" data-testid="rp-trial-empty">{t('trialNeedsDates')}</p>
      ) : (
        <>
          {start && <p>{t('trialStarts', longDate(start), weeks)}</p>}
          <ol class="card-list" data-testid="rp-trial-plan">
            {meetings.map((meeting) => (
              <li key={meeting.key} data-testid="rp-trial-date" data-date={meeting.date} data-kind={meeting.kind}>
                <strong>{longDate(parseIsoDate(meeting.date) ?? new Date())}</strong> {t(KIND_LABELS[meeting.kind])}
              </li>
            ))}
          </ol>
          <div class="form-actions">
            <button type="button" data-testid="rp-trial-ics" onClick={() => void download()}>
              {t('trialIcs')}
            </button>
            <span class="hint">{t('trialIcsHint')}</span>
          </div>
          <details class="review-email">
            <summary>{t('reviewHeading')}</summary>
            <div class="trial-settings">
              <div class="field">
                <label class="field-label" for="rp-review-result">{t('reviewResult', profile.metric ?? '{metric}')}</label>
                <input id="rp-review-result" type="text" maxLength={500} value={after.emails.review.values.result ?? ''} onInput={(event) => after.changeEmail('review', { values: { ...after.emails.review.values, result: event.currentTarget.value } })} />
              </div>
              <div class="field">
                <label class="field-label" for="rp-review-highlights">{t('reviewHighlights')}</label>
                <input id="rp-review-highlights" type="text" maxLength={2000} value={after.emails.review.values.highlights ?? ''} onInput={(event) => after.changeEmail('review', { values: { ...after.emails.review.values, highlights: event.currentTarget.value } })} />
              </div>
            </div>
            <FollowUpEmail prefix="review" built={buildReview(terms.entry, profile, after.emails.review.values)} saved={after.emails.review} onChange={(patch) => after.changeEmail('review', patch)} onError={onError} />
          </details>
        </>
      )}
    </section>
  );
}
