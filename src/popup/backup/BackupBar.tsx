import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ImportPlan } from '../../core/import-plan';
import { LIMITS } from '../../core/point';
import { send, sendForReply, type Reply } from '../../shared/messages';
import { messageOf } from '../../core/errors';
import type { PitchData } from '../app/usePitchData';
import { t } from '../i18n';
import { backupFileName, downloadText } from './download';

interface Pending {
  fileName: string;
  json: string;
  plan: ImportPlan;
}

const IMPORT_INPUT_ID = 'rp-import-input';
/** Where the skip link at the top of every view lands. */
export const EXPORT_ID = 'rp-export';

/**
 * Export and import, at the foot of every view so a backup is always one step away. An
 * import is checked and counted first (nothing changes), then applied only on confirmation.
 */
export function BackupBar({ data }: { data: PitchData }) {
  const [pending, setPending] = useState<Pending>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (pending) confirm.current?.focus();
  }, [pending]);

  async function exportAll() {
    setStatus('');
    try {
      await data.flushProfile();
      const doc = await send('data/export', {});
      downloadText(`${JSON.stringify(doc, null, 2)}\n`, backupFileName(new Date()));
      setStatus(t('backupExported', doc.points.length));
    } catch (error) {
      data.setError(messageOf(error));
    }
  }

  async function pick(file: File | undefined) {
    setPending(undefined);
    setStatus('');
    if (!file) return;
    if (file.size > LIMITS.importBytes) {
      data.setError(t('backupTooLarge', (file.size / 1024 / 1024).toFixed(1), (LIMITS.importBytes / 1024 / 1024).toFixed(1)));
      return;
    }
    try {
      const json = await file.text();
      const plan = await send('data/preview-import', { json });
      data.setError('');
      setPending({ fileName: file.name, json, plan });
    } catch (error) {
      data.setError(messageOf(error));
    } finally {
      // Picking the same file again must fire a change, e.g. after fixing it.
      if (input.current) input.current.value = '';
    }
  }

  function imported(message: string) {
    setPending(undefined);
    setStatus(message);
    input.current?.focus();
  }

  /**
   * Applies the import. Its answer can be lost without the import failing: the worker may be
   * stopped while it works (the browser does that to idle or busy workers). The import is one
   * transaction that also stores its id, so asking for that id afterwards says which it was: made
   * whole, or not at all.
   */
  async function apply() {
    if (!pending || busy) return;
    setBusy(true);
    const importId = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    try {
      let reply: Reply<ImportPlan>;
      try {
        reply = await sendForReply('data/import', { json: pending.json, importId });
      } catch (lost) {
        const status = await send('data/import-status', { importId });
        await data.reload();
        if (status.done) imported(t('backupInterruptedDone', status.plan.adds, status.plan.updates));
        else data.setError(`${t('backupInterruptedNotDone')} (${messageOf(lost)})`);
        return;
      }
      if (!reply.ok) throw new Error(reply.error);
      await data.reload();
      imported(t('backupImported', reply.value.adds, reply.value.updates));
    } catch (error) {
      data.setError(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    setPending(undefined);
    input.current?.focus();
  }

  return (
    <footer class="app-footer" aria-label={t('backupLandmark')}>
      {pending && (
        <div
          class="import-plan"
          role="group"
          aria-labelledby="rp-import-plan-text"
          data-testid="rp-import-plan"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            }
          }}
        >
          <p id="rp-import-plan-text">
            {t('backupPlan', pending.fileName, pending.plan.adds, pending.plan.updates, pending.plan.untouched)}
          </p>
          <div class="form-actions">
            <button type="button" class="primary" ref={confirm} data-testid="rp-import-confirm" disabled={busy} onClick={() => void apply()}>
              {t('backupImportConfirm')}
            </button>
            <button type="button" data-testid="rp-import-cancel" onClick={cancel}>
              {t('backupImportCancel')}
            </button>
          </div>
        </div>
      )}
      <div class="footer-row">
        <button type="button" id={EXPORT_ID} data-testid="rp-export" onClick={() => void exportAll()}>
          {t('backupExport')}
        </button>
        <input
          ref={input}
          id={IMPORT_INPUT_ID}
          class="file-input"
          type="file"
          accept="application/json,.json"
          data-testid="rp-import"
          onChange={(event) => void pick(event.currentTarget.files?.[0])}
        />
        <label for={IMPORT_INPUT_ID} class="button">
          {t('backupImport')}
        </label>
        <span role="status" class="status" data-testid="rp-backup-status">
          {status}
        </span>
      </div>
    </footer>
  );
}
