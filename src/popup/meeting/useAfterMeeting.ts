import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../core/errors';
import type { OutcomeEntry, OutcomeInput } from '../../core/outcome/outcome';
import { newEmail, type EmailKind, type SavedEmail, type TrialSettings } from '../../core/outcome/saved-follow-up';
import { send } from '../../shared/messages';
import { createLatestSaver, type LatestSaver } from '../profile/latestSaver';

export interface AfterMeeting {
  loaded: boolean;
  outcomes: OutcomeEntry[];
  trial?: TrialSettings;
  emails: Record<EmailKind, SavedEmail>;
  saveOutcome(entry: OutcomeInput): Promise<OutcomeEntry | undefined>;
  deleteOutcome(id: string): Promise<void>;
  changeTrial(patch: Partial<TrialSettings>): void;
  changeEmail(kind: EmailKind, patch: Partial<SavedEmail>): void;
}

/**
 * What the meeting tab keeps beyond the card: the outcome log, the trial plan's settings and the
 * recap and review emails, each saved in the service worker as it changes.
 */
export function useAfterMeeting(onError: (message: string) => void): AfterMeeting {
  const [loaded, setLoaded] = useState(false);
  const [outcomes, setOutcomes] = useState<OutcomeEntry[]>([]);
  const [trial, setTrial] = useState<TrialSettings>();
  const [emails, setEmails] = useState<Record<EmailKind, SavedEmail>>({ recap: newEmail(), review: newEmail() });
  const fail = useCallback((failure: unknown) => onError(messageOf(failure)), [onError]);
  const savers = useRef<Partial<Record<EmailKind | 'trial', LatestSaver<never>>>>({});

  useEffect(() => {
    Promise.all([send('outcomes/list', {}), send('trial/get', {}), send('emails/get', { kind: 'recap' }), send('emails/get', { kind: 'review' })]).then(
      ([log, settings, recap, review]) => {
        setOutcomes(log);
        setTrial(settings);
        setEmails({ recap: recap ?? newEmail(), review: review ?? newEmail() });
        setLoaded(true);
      },
      (failure: unknown) => {
        fail(failure);
        setLoaded(true);
      },
    );
  }, [fail]);

  function saver<T>(key: EmailKind | 'trial', save: (value: T) => Promise<unknown>): LatestSaver<T> {
    const existing = savers.current[key] as LatestSaver<T> | undefined;
    if (existing) return existing;
    const made = createLatestSaver<T>(save, fail);
    savers.current[key] = made as LatestSaver<never>;
    return made;
  }

  return {
    loaded,
    outcomes,
    trial,
    emails,
    async saveOutcome(entry) {
      try {
        const saved = await send('outcomes/save', { entry });
        setOutcomes(await send('outcomes/list', {}));
        return saved;
      } catch (failure) {
        fail(failure);
        return undefined;
      }
    },
    async deleteOutcome(id) {
      try {
        await send('outcomes/delete', { id });
        setOutcomes((current) => current.filter((entry) => entry.id !== id));
      } catch (failure) {
        fail(failure);
      }
    },
    changeTrial(patch) {
      if (!trial) return;
      const next = { ...trial, ...patch };
      setTrial(next);
      saver<TrialSettings>('trial', (settings) => send('trial/save', { settings })).push(next);
    },
    changeEmail(kind, patch) {
      const next = { ...emails[kind], ...patch };
      setEmails({ ...emails, [kind]: next });
      saver<SavedEmail>(kind, (email) => send('emails/save', { kind, email })).push(next);
    },
  };
}
