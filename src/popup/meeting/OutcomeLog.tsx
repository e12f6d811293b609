import { useState } from 'preact/hooks';
import { localToday, longDate, parseIsoDate } from '../../core/dates';
import { askAgainFrom } from '../../core/outcome/ask-again';
import { buildRecap } from '../../core/outcome/follow-up';
import { ANSWERS, type Answer, type OutcomeEntry, type OutcomeInput } from '../../core/outcome/outcome';
import type { Profile } from '../../core/profile';
import { DRAFT_MODES } from '../../core/draft/statutory-rules';
import { t, type MessageKey } from '../i18n';
import { FollowUpEmail } from './FollowUpEmail';
import type { AfterMeeting } from './useAfterMeeting';

const MODE_LABELS: Readonly<Record<OutcomeInput['mode'], MessageKey>> = { standard: 'draftModeStandard', uk: 'draftModeUk', ni: 'draftModeNi', ie: 'draftModeIe' };
const ANSWER_LABELS: Readonly<Record<Answer, MessageKey>> = { yes: 'outcomeYes', trial: 'outcomeTrial', 'not-now': 'outcomeNotNow', no: 'outcomeNo' };
const readable = (iso: string) => {
  const date = parseIsoDate(iso);
  return date ? longDate(date) : iso;
};

/** A new entry's form starts from the proposal: the fill-ins, and the builder's kind of request. */
function blankEntry(profile: Profile): OutcomeInput {
  const measures = [profile.metric, profile.baseline && `now about ${profile.baseline}`, profile.target && `target ${profile.target}`].filter(Boolean).join(', ');
  return {
    askedOn: localToday(), answer: 'trial', mode: 'standard', notes: '', askAgainOn: '',
    agreed: { days: profile.days ?? '', startDate: /^\d{4}-\d{2}-\d{2}$/.test(profile.startDate ?? '') ? (profile.startDate ?? '') : '', trialWeeks: profile.trialWeeks ?? '', measures },
  };
}

function EntryForm({ initial, log, onSave, onCancel }: { initial: OutcomeInput; log: readonly OutcomeEntry[]; onSave(entry: OutcomeInput): void; onCancel(): void }) {
  const [entry, setEntry] = useState(initial);
  const set = (patch: Partial<OutcomeInput>) => setEntry({ ...entry, ...patch });
  const setAgreed = (patch: Partial<OutcomeInput['agreed']>) => set({ agreed: { ...entry.agreed, ...patch } });
  const later = entry.answer === 'not-now' || entry.answer === 'no';
  const suggestion = later ? askAgainFrom({ id: entry.id ?? '', askedOn: entry.askedOn, mode: entry.mode }, log) : undefined;
  return (
    <form
      class="outcome-form"
      aria-labelledby="rp-outcome-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ ...entry, askAgainOn: later ? entry.askAgainOn || suggestion?.date || '' : '' });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h4 id="rp-outcome-form-heading">{t('outcomeFormHeading')}</h4>
      <div class="outcome-fields">
        <div class="field">
          <label class="field-label" for="rp-outcome-asked">{t('outcomeAskedOn')}</label>
          <input id="rp-outcome-asked" type="date" required value={entry.askedOn} onInput={(event) => set({ askedOn: event.currentTarget.value })} />
        </div>
        <div class="field">
          <label class="field-label" for="rp-outcome-answer">{t('outcomeAnswer')}</label>
          <select id="rp-outcome-answer" data-testid="rp-outcome-answer" value={entry.answer} onChange={(event) => set({ answer: event.currentTarget.value as Answer })}>
            {ANSWERS.map((answer) => (
              <option key={answer} value={answer}>{t(ANSWER_LABELS[answer])}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field-label" for="rp-outcome-mode">{t('draftMode')}</label>
          <select id="rp-outcome-mode" value={entry.mode} onChange={(event) => set({ mode: event.currentTarget.value as OutcomeInput['mode'] })}>
            {DRAFT_MODES.map((mode) => (
              <option key={mode} value={mode}>{t(MODE_LABELS[mode])}</option>
            ))}
          </select>
        </div>
      </div>
      {!later && (
        <fieldset class="outcome-fields">
          <legend>{t('outcomeAgreed')}</legend>
          <div class="field">
            <label class="field-label" for="rp-outcome-days">{t('profileDays')}</label>
            <input id="rp-outcome-days" type="text" maxLength={500} value={entry.agreed.days} onInput={(event) => setAgreed({ days: event.currentTarget.value })} />
          </div>
          <div class="field">
            <label class="field-label" for="rp-outcome-start">{t('profileStartDate')}</label>
            <input id="rp-outcome-start" type="date" value={entry.agreed.startDate} onInput={(event) => setAgreed({ startDate: event.currentTarget.value })} />
          </div>
          <div class="field">
            <label class="field-label" for="rp-outcome-weeks">{t('profileTrialWeeks')}</label>
            <input id="rp-outcome-weeks" type="text" maxLength={500} value={entry.agreed.trialWeeks} onInput={(event) => setAgreed({ trialWeeks: event.currentTarget.value })} />
          </div>
          <div class="field">
            <label class="field-label" for="rp-outcome-measures">{t('outcomeMeasures')}</label>
            <input id="rp-outcome-measures" type="text" maxLength={500} value={entry.agreed.measures} onInput={(event) => setAgreed({ measures: event.currentTarget.value })} />
          </div>
        </fieldset>
      )}
      {later && (
        <div class="field">
          <label class="field-label" for="rp-outcome-again">{t('outcomeAskAgain')}</label>
          <input id="rp-outcome-again" type="date" value={entry.askAgainOn || suggestion?.date || ''} onInput={(event) => set({ askAgainOn: event.currentTarget.value })} />
          {suggestion && <span class="hint" data-testid="rp-outcome-again-why">{suggestion.why}</span>}
        </div>
      )}
      <div class="field">
        <label class="field-label" for="rp-outcome-notes">{t('outcomeNotes')}</label>
        <textarea id="rp-outcome-notes" rows={3} maxLength={5000} value={entry.notes} onInput={(event) => set({ notes: event.currentTarget.value })} />
      </div>
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="rp-outcome-save">{t('outcomeSave')}</button>
        <button type="button" onClick={onCancel}>{t('draftFillCancel')}</button>
      </div>
    </form>
  );
}

/** When the user asked, what came of it, and the recap of the latest meeting to send. */
export function OutcomeLog({ profile, after, onError }: { profile: Profile; after: AfterMeeting; onError(message: string): void }) {
  const [editing, setEditing] = useState<OutcomeInput | null>(null);
  const [latest] = after.outcomes;
  return (
    <section class="card-section outcome-log" aria-labelledby="rp-outcome-heading">
      <h3 id="rp-outcome-heading">{t('outcomeHeading')}</h3>
      {editing ? (
        <EntryForm
          initial={editing}
          log={after.outcomes}
          onCancel={() => setEditing(null)}
          onSave={(entry) => {
            void after.saveOutcome(entry).then((saved) => saved && setEditing(null));
          }}
        />
      ) : (
        <button type="button" data-testid="rp-outcome-add" onClick={() => setEditing(blankEntry(profile))}>
          {t('outcomeAdd')}
        </button>
      )}
      {after.outcomes.length === 0 ? (
        <p class="card-empty">{t('outcomeEmpty')}</p>
      ) : (
        <ul class="outcomes">
          {after.outcomes.map((entry) => (
            <li key={entry.id} data-testid="rp-outcome-entry" data-answer={entry.answer}>
              <strong>{readable(entry.askedOn)}: {t(ANSWER_LABELS[entry.answer])}</strong>
              {(entry.answer === 'yes' || entry.answer === 'trial') && (
                <span class="outcome-agreed"> {[entry.agreed.days, entry.agreed.startDate && t('outcomeFrom', readable(entry.agreed.startDate)), entry.agreed.trialWeeks && t('outcomeWeeks', entry.agreed.trialWeeks), entry.agreed.measures].filter(Boolean).join(' · ')}</span>
              )}
              {entry.askAgainOn && <span class="outcome-agreed"> {t('outcomeAskAgainOn', readable(entry.askAgainOn))}</span>}
              {entry.notes && <p class="evidence">{entry.notes}</p>}
              <span class="outcome-actions">
                <button type="button" class="small" aria-label={t('pointEdit', readable(entry.askedOn))} onClick={() => setEditing({ ...entry })}>
                  {t('pointEditShort')}
                </button>{' '}
                <button type="button" class="small danger" aria-label={t('pointDelete', readable(entry.askedOn))} onClick={() => void after.deleteOutcome(entry.id)}>
                  {t('pointDeleteShort')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {latest && (
        <details class="recap-email" open>
          <summary>{t('recapHeading', readable(latest.askedOn))}</summary>
          <FollowUpEmail prefix="recap" built={buildRecap(latest, profile)} saved={after.emails.recap} onChange={(patch) => after.changeEmail('recap', patch)} onError={onError} />
        </details>
      )}
    </section>
  );
}
