import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DraftAnalysis } from '../../core/coach/analyze';
import { localToday } from '../../core/dates';
import { currentDraft, newDraft, type CurrentDraft, type SavedDraft } from '../../core/draft/saved-draft';
import { messageOf } from '../../core/errors';
import { send } from '../../shared/messages';
import type { PitchData } from '../app/usePitchData';
import { createLatestSaver } from '../profile/latestSaver';

/** Typing pauses this long before the coach reads the draft again (one request to the worker). */
const ANALYSE_WAIT = 150;

export interface RequestDraft {
  /** The stored draft, or null while it is being read. */
  saved: SavedDraft | null;
  current: CurrentDraft | null;
  /** The coach's reading of `current.body`; undefined until the first answer. */
  analysis?: DraftAnalysis;
  /** Whether `analysis` is of the body as it stands (false while a newer reading is on its way). */
  analysed: boolean;
  /** Changes the draft at once and saves it behind the scenes, newest value last. */
  change(patch: Partial<SavedDraft>): void;
  /** Resolves once every change so far is stored. */
  flush(): Promise<void>;
}

/**
 * The request the Draft view builds, kept by the service worker (the popup can close at any
 * moment, so every change is saved), its text for today's points and fill-ins, and the coach's
 * reading of that text, which the worker computes (its rules stay out of the popup).
 */
export function useRequestDraft(data: Pick<PitchData, 'points' | 'profile' | 'setError'>): RequestDraft {
  const [saved, setSaved] = useState<SavedDraft | null>(null);
  const [reading, setReading] = useState<{ body: string; analysis: DraftAnalysis }>();
  const today = useMemo(() => localToday(), []);
  const { setError } = data;
  const saver = useRef(createLatestSaver<SavedDraft>((draft) => send('drafts/save', { kind: 'request', draft }), (failure) => setError(messageOf(failure))));

  useEffect(() => {
    send('drafts/get', { kind: 'request' }).then(
      (stored) => setSaved(stored ?? newDraft()),
      (failure: unknown) => {
        setError(messageOf(failure));
        setSaved(newDraft());
      },
    );
  }, [setError]);

  const current = useMemo(() => (saved ? currentDraft(saved, data.points, data.profile, today) : null), [saved, data.points, data.profile, today]);
  const body = current?.body;

  useEffect(() => {
    if (body === undefined) return undefined;
    let stale = false;
    const timer = setTimeout(() => {
      send('coach/analyze', { text: body }).then(
        ({ analysis }) => stale || setReading({ body, analysis }),
        // Without the coach the draft still works; the checklist just waits for the next edit.
        () => undefined,
      );
    }, ANALYSE_WAIT);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [body]);

  return {
    saved,
    current,
    analysis: reading?.analysis,
    analysed: reading !== undefined && reading.body === body,
    change(patch) {
      if (!saved) return;
      const next = { ...saved, ...patch };
      setSaved(next);
      saver.current.push(next);
    },
    flush: () => saver.current.flush(),
  };
}
