import type { DraftField } from '../../core/draft/build';
import type { SavedDraft } from '../../core/draft/saved-draft';
import type { StatutoryMode } from '../../core/draft/statutory-rules';
import { t, type MessageKey } from '../i18n';
import { fillInName } from './FillInPrompt';

/** The details each law's request asks for beyond the fill-ins, with the hint each field shows. */
const FIELDS: Readonly<Record<StatutoryMode, readonly { name: DraftField; hint: MessageKey }[]>> = {
  uk: [
    { name: 'currentPattern', hint: 'draftFieldCurrentPatternHint' },
    { name: 'reason', hint: 'draftFieldReasonOptionalHint' },
  ],
  ni: [
    { name: 'currentPattern', hint: 'draftFieldCurrentPatternHint' },
    { name: 'businessEffect', hint: 'draftFieldBusinessEffectHint' },
    { name: 'effectHandling', hint: 'draftFieldEffectHandlingHint' },
  ],
  ie: [
    { name: 'workLocation', hint: 'draftFieldWorkLocationHint' },
    { name: 'reason', hint: 'draftFieldReasonHint' },
    { name: 'duration', hint: 'draftFieldDurationHint' },
  ],
};

export interface StatutoryFieldsProps {
  mode: StatutoryMode;
  draft: SavedDraft;
  /** The send date shown while the user set none: today. */
  today: string;
  onChange(patch: Partial<SavedDraft>): void;
}

/** What a formal request states that the fill-ins don't hold: its date, earlier requests, and the law's own items. */
export function StatutoryFields({ mode, draft, today, onChange }: StatutoryFieldsProps) {
  const setValue = (name: DraftField, value: string) => onChange({ values: { ...draft.values, [name]: value } });
  return (
    <fieldset class="statutory-fields" data-testid="rp-draft-statutory">
      <legend>{t('draftStatutoryHeading')}</legend>
      <div class="field">
        <label class="field-label" for="rp-draft-send-date">
          {t('draftSendDate')}
        </label>
        <input id="rp-draft-send-date" type="date" value={draft.sendDate || today} onInput={(event) => onChange({ sendDate: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label class="field-label" for="rp-draft-previous">
          {t('draftPrevious')}
        </label>
        <select id="rp-draft-previous" value={draft.previousRequest ? 'made' : 'none'} onChange={(event) => onChange({ previousRequest: event.currentTarget.value === 'made' })}>
          <option value="none">{t('draftPreviousNone')}</option>
          <option value="made">{t('draftPreviousMade')}</option>
        </select>
      </div>
      {draft.previousRequest && <TextField name="previousDates" hint="draftFieldPreviousDatesHint" value={draft.values.previousDates} onInput={setValue} />}
      {FIELDS[mode].map(({ name, hint }) => (
        <TextField key={name} name={name} hint={hint} value={draft.values[name]} onInput={setValue} />
      ))}
    </fieldset>
  );
}

function TextField({ name, hint, value, onInput }: { name: DraftField; hint: MessageKey; value?: string; onInput(name: DraftField, value: string): void }) {
  const id = `rp-draft-${name}`;
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {fillInName(name)}
      </label>
      <input id={id} type="text" maxLength={500} value={value ?? ''} aria-describedby={`${id}-hint`} onInput={(event) => onInput(name, event.currentTarget.value)} />
      <span class="hint" id={`${id}-hint`}>
        {t(hint)}
      </span>
    </div>
  );
}
