import { useRef, useState } from 'preact/hooks';
import { messageOf } from '../../core/errors';
import type { FollowUp } from '../../core/outcome/follow-up';
import type { SavedEmail } from '../../core/outcome/saved-follow-up';
import { deliver, type Destination } from '../draft/deliver';
import { t } from '../i18n';

export interface FollowUpEmailProps {
  /** Test ids and element ids start with `rp-<prefix>-`. */
  prefix: 'recap' | 'review';
  built: FollowUp;
  saved: SavedEmail;
  onChange(patch: Partial<SavedEmail>): void;
  onError(message: string): void;
}

/**
 * An email after the meeting, built from what was agreed and editable, sent on like the request: a
 * new Gmail or Outlook draft, or the clipboard. Fill-ins still missing stay visible as {name}.
 */
export function FollowUpEmail({ prefix, built, saved, onChange, onError }: FollowUpEmailProps) {
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const subject = saved.subject ?? built.subject;
  const body = saved.body ?? built.body;
  const id = (part: string) => `rp-${prefix}-${part}`;

  async function send(to: Destination) {
    try {
      const done = await deliver(to, subject, body, saved.outlook);
      setStatus(done.status);
      if (done.copyFailed) area.current?.select();
    } catch (failure) {
      onError(messageOf(failure));
    }
  }

  return (
    <div class="follow-up">
      <div class="field">
        <label class="field-label" for={id('subject')}>
          {t('draftSubject')}
        </label>
        <input id={id('subject')} data-testid={id('subject')} type="text" maxLength={500} value={subject} onInput={(event) => onChange({ subject: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label class="field-label" for={id('body')}>
          {t('draftBody')}
          {saved.body !== null && (
            <button type="button" class="link subject-reset" onClick={() => onChange({ body: null, subject: null })}>
              {t('followUpRebuild')}
            </button>
          )}
        </label>
        <textarea id={id('body')} ref={area} data-testid={id('body')} rows={8} value={body} onInput={(event) => onChange({ body: event.currentTarget.value })} />
      </div>
      {built.missing.length > 0 && saved.body === null && <p class="hint">{t('followUpMissing', built.missing.map((name) => `{${name}}`).join(', '))}</p>}
      <div class="form-actions">
        <button type="button" class="primary" data-testid={id('open-gmail')} onClick={() => void send('gmail')}>
          {t('draftOpenGmail')}
        </button>
        <button type="button" class="primary" data-testid={id('open-outlook')} onClick={() => void send('outlook')}>
          {t('draftOpenOutlook')}
        </button>
        <button type="button" data-testid={id('copy')} onClick={() => void send('copy')}>
          {t('draftCopy')}
        </button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}
