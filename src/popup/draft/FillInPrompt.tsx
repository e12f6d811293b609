import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PROFILE_VALUE_LENGTH } from '../../core/point';
import { isProfileKey } from '../../core/profile';
import { t, type MessageKey } from '../i18n';
import { profileHint, profileLabel } from '../labels';

const DATE_NAMES: ReadonlySet<string> = new Set(['startDate', 'reviewDate']);

/** The formal request's own details, named like the profile's fill-ins. */
const DRAFT_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  previousDates: 'draftFieldPreviousDates',
  currentPattern: 'draftFieldCurrentPattern',
  reason: 'draftFieldReason',
  businessEffect: 'draftFieldBusinessEffect',
  effectHandling: 'draftFieldEffectHandling',
  workLocation: 'draftFieldWorkLocation',
  duration: 'draftFieldDuration',
};

export function fillInName(name: string): string {
  if (isProfileKey(name)) return profileLabel(name);
  const key = DRAFT_FIELD_LABELS[name];
  return key ? t(key) : `{${name}}`;
}

export interface FillInPromptProps {
  names: readonly string[];
  onSubmit(answers: Record<string, string>, save: boolean): void;
  onCancel(): void;
}

/**
 * Asks for the fill-ins a draft still lacks before it leaves the builder, as the compose panel
 * does before a point goes in: one field each, saved to the profile for next time unless the user
 * says not to; a field left empty goes in as a visible [gap].
 */
export function FillInPrompt({ names, onSubmit, onCancel }: FillInPromptProps) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [save, setSave] = useState(true);
  const form = useRef<HTMLFormElement>(null);
  const field = (name: string, id: string) => ({
    id,
    name,
    'data-testid': 'rp-draft-fill-field',
    value: answers[name] ?? '',
    onInput: (event: Event) => setAnswers({ ...answers, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  useLayoutEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  return (
    <form
      ref={form}
      class="fill-prompt"
      data-testid="rp-draft-fill"
      aria-labelledby="rp-draft-fill-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(answers, save);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id="rp-draft-fill-heading">{t('draftFillHeading', names.length)}</h3>
      <p class="hint">{t('draftFillIntro')}</p>
      <div class="fill-fields">
        {names.map((name) => {
          const id = `rp-draft-fill-${name}`;
          const hint = isProfileKey(name) ? profileHint(name) : '';
          return (
            <div class="field" key={name}>
              <label class="field-label" for={id}>
                {fillInName(name)}
              </label>
              {DATE_NAMES.has(name) ? <input type="date" {...field(name, id)} /> : <input type="text" maxLength={PROFILE_VALUE_LENGTH} placeholder={hint} {...field(name, id)} />}
            </div>
          );
        })}
      </div>
      <label class="check">
        <input type="checkbox" checked={save} onChange={(event) => setSave(event.currentTarget.checked)} />
        {t('draftFillSave')}
      </label>
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="rp-draft-fill-continue">
          {t('draftFillContinue')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('draftFillCancel')}
        </button>
      </div>
    </form>
  );
}
