import { useEffect, useState } from 'preact/hooks';
import { readLocal, watchLocal } from '../../shared/extension-api';
import { parseSyncStatus, SYNC_STATUS_KEY, type SyncStatus } from '../../shared/sync-status';

/**
 * What the worker last reported about sync, kept current while the page is open: a round that
 * finishes (another computer's change arriving, say) updates it without a reload. Null until read.
 */
export function useSyncStatus(): [SyncStatus | null, (status: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    readLocal(SYNC_STATUS_KEY).then(
      (stored) => setStatus(parseSyncStatus(stored)),
      () => setStatus(parseSyncStatus(undefined)),
    );
    watchLocal(SYNC_STATUS_KEY, (stored) => setStatus(parseSyncStatus(stored)), stop.signal);
    return () => stop.abort();
  }, []);
  return [status, setStatus];
}
