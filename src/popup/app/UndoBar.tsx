import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PitchPoint } from '../../core/point';
import { t } from '../i18n';

const UNDO_MS = 8_000;

export interface Deletion {
  points: PitchPoint[];
  /** Bumped for each deletion, so a second one restarts the countdown. */
  serial: number;
}

/**
 * The undo offer after a delete. It takes focus, since the deleted row's controls are gone, so
 * a keyboard user can press Enter at once (or Escape to dismiss); it waits while the pointer
 * rests on it.
 */
export function UndoBar({ deletion, onUndo, onExpire }: { deletion: Deletion; onUndo(): void; onExpire(): void }) {
  const [held, setHeld] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    button.current?.focus();
  }, [deletion.serial]);

  useEffect(() => {
    if (held) return undefined;
    const timer = setTimeout(onExpire, UNDO_MS);
    return () => clearTimeout(timer);
  }, [held, deletion.serial, onExpire]);

  const [first] = deletion.points;
  const message = deletion.points.length === 1 && first ? t('undoDeletedOne', first.title) : t('undoDeletedMany', deletion.points.length);
  return (
    <div
      class="undo-bar"
      data-testid="rp-undo-bar"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onExpire();
        }
      }}
    >
      <p role="status">{message}</p>
      <button type="button" ref={button} class="primary" data-testid="rp-undo" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
