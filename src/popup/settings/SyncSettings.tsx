import { useState } from 'preact/hooks';
import { messageOf } from '../../core/errors';
import { send } from '../../shared/messages';
import type { SyncStatus } from '../../shared/sync-status';
import { t } from '../i18n';
import { SettingsSection } from './SettingsSection';

const kilobytes = (bytes: number): string => (bytes / 1024).toFixed(1);

/** On or off, when it last ran and how much of the browser's sync space our copy takes. */
function statusText(status: SyncStatus): string {
  if (!status.enabled) return t('settingsSyncOff');
  if (status.lastSyncAt === undefined) return t('settingsSyncOnNever');
  const when = new Date(status.lastSyncAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const share = status.quotaBytes > 0 ? (status.usedBytes / status.quotaBytes) * 100 : 0;
  // A copy of a few bytes is still "in use": it never reads as 0 %.
  const percent = status.usedBytes > 0 ? Math.max(1, Math.round(share)) : 0;
  return t('settingsSyncOn', when, percent, kilobytes(status.usedBytes), kilobytes(status.quotaBytes));
}

/** What does not fit, or what stops sync; empty when all is well. */
function problems(status: SyncStatus): string[] {
  if (!status.enabled) return [];
  const found: string[] = [];
  if (status.notSynced.points > 0) found.push(t('settingsSyncNotFitting', status.notSynced.points));
  if (status.notSynced.other > 0) found.push(t('settingsSyncNotFittingOther', status.notSynced.other));
  if (status.problem) found.push(status.problem);
  return found;
}

export interface SyncSettingsProps {
  status: SyncStatus | null;
  onStatus(status: SyncStatus): void;
}

/** "Keep my pitch on my other computers": the switch, what sync is doing, and what does not fit. */
export function SyncSettings({ status, onStatus }: SyncSettingsProps) {
  // What the user just asked for, shown at once (a controlled box would otherwise flip back until
  // the worker answers); null again once the worker's status says what is so.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const [failure, setFailure] = useState('');

  async function toggle(enabled: boolean) {
    setWanted(enabled);
    setFailure('');
    try {
      onStatus(await send('sync/set', { enabled }));
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setWanted(null);
    }
  }

  const shown = [...(status ? problems(status) : []), ...(failure ? [failure] : [])];
  return (
    <SettingsSection id="sync" title={t('settingsSyncHeading')}>
      <p>{t('settingsSyncText')}</p>
      <label class="site-switch">
        <input
          type="checkbox"
          data-testid="rp-sync-toggle"
          checked={wanted ?? status?.enabled === true}
          disabled={!status || wanted !== null}
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        {t('settingsSyncToggle')}
      </label>
      <p role="status" class="status" data-testid="rp-sync-status">
        {status ? statusText(status) : ''}
      </p>
      {shown.length > 0 && (
        <div role="alert" class="sync-error" data-testid="rp-sync-error">
          {shown.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </SettingsSection>
  );
}
