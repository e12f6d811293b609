import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../shared/messages';
import { PROFILE_FIELDS } from '../../core/profile';
import type { PitchData } from '../app/usePitchData';
import { t } from '../i18n';
import { EXTRA_SETTINGS_SECTIONS } from './extraSections';
import { SettingsSection } from './SettingsSection';
import { SyncSettings } from './SyncSettings';
import { useSyncStatus } from './useSyncStatus';
import { messageOf } from '../../core/errors';

/** What "Delete all my data" will take away, counted so the user sees the size of it. */
function deleteAllSummary(data: Pick<PitchData, 'points' | 'profile'>): { points: number; own: number; fillIns: number; used: number } {
  return {
    points: data.points.length,
    own: data.points.filter((point) => point.origin === 'user').length,
    fillIns: PROFILE_FIELDS.filter(({ key }) => data.profile[key]?.trim()).length,
    used: data.points.reduce((sum, point) => sum + point.usedCount, 0),
  };
}

export function SettingsTab({ data }: { data: PitchData }) {
  const [starterStatus, setStarterStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [deleteStatus, setDeleteStatus] = useState('');
  const askButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  const [sync, setSync] = useSyncStatus();

  // Focus goes to the safe choice when the question opens, and back to its button when it closes.
  useLayoutEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (opened.current) askButton.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  async function restoreStarter() {
    setStarterStatus('');
    try {
      const { added } = await send('starter/restore', {});
      await data.reload();
      setStarterStatus(added === 0 ? t('settingsStarterNone') : t('settingsStarterAdded', added));
    } catch (error) {
      data.setError(messageOf(error));
    }
  }

  async function deleteAll() {
    try {
      await send('data/delete-all', {});
      setConfirming(false);
      await data.reload();
      setDeleteStatus(t('settingsDeleteDone'));
    } catch (error) {
      data.setError(messageOf(error));
    }
  }

  function cancel() {
    setConfirming(false);
  }

  const summary = deleteAllSummary(data);
  return (
    <div class="settings-tab">
      <h2 class="tab-heading">{t('tabSettings')}</h2>
      <SettingsSection id="starter" title={t('settingsStarterHeading')}>
        <p>{t('settingsStarterText')}</p>
        <div class="form-actions">
          <button type="button" data-testid="rp-restore-starter" onClick={() => void restoreStarter()}>
            {t('settingsStarterButton')}
          </button>
          <span role="status" class="status">
            {starterStatus}
          </span>
        </div>
      </SettingsSection>
      <SyncSettings status={sync} onStatus={setSync} />
      {EXTRA_SETTINGS_SECTIONS.map((Section, index) => (
        <Section key={index} />
      ))}
      <SettingsSection id="backup" title={t('settingsBackupHeading')}>
        <p>{t('settingsBackupText')}</p>
      </SettingsSection>
      <SettingsSection id="delete" title={t('settingsDeleteHeading')} tone="danger">
        <p>{t('settingsDeleteText')}</p>
        {confirming ? (
          <div
            class="confirm"
            role="alertdialog"
            aria-labelledby="rp-delete-all-question"
            aria-describedby="rp-delete-all-details"
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                cancel();
              }
            }}
          >
            <p id="rp-delete-all-question">
              <strong>{t('settingsDeleteQuestion')}</strong>
            </p>
            <ul id="rp-delete-all-details" data-testid="rp-delete-all-details">
              <li>{summary.own > 0 ? t('settingsDeletePoints', summary.points, summary.own) : t('settingsDeletePointsStarterOnly', summary.points)}</li>
              {summary.fillIns > 0 && <li>{t('settingsDeleteFillIns', summary.fillIns)}</li>}
              {summary.used > 0 && <li>{t('settingsDeleteUsage', summary.used)}</li>}
              {sync?.enabled && <li>{t('settingsDeleteSync')}</li>}
            </ul>
            <p>{t('settingsDeleteWarning')}</p>
            <div class="form-actions">
              <button type="button" class="danger" data-testid="rp-delete-all-confirm" onClick={() => void deleteAll()}>
                {t('settingsDeleteConfirm')}
              </button>
              <button type="button" data-testid="rp-delete-all-cancel" ref={cancelButton} onClick={cancel}>
                {t('settingsDeleteCancel')}
              </button>
            </div>
          </div>
        ) : (
          <div class="form-actions">
            <button
              type="button"
              class="danger"
              ref={askButton}
              data-testid="rp-delete-all"
              onClick={() => {
                setDeleteStatus('');
                setConfirming(true);
              }}
            >
              {t('settingsDeleteButton')}
            </button>
            <span role="status" class="status">
              {deleteStatus}
            </span>
          </div>
        )}
      </SettingsSection>
    </div>
  );
}
