import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { usePitchData } from '../popup/app/usePitchData';
import { t } from '../popup/i18n';
import { buildMeetingCard } from '../popup/meeting/cardModel';
import { MeetingCard } from '../popup/meeting/MeetingCard';
import { fitScale } from './fitToPage';

/**
 * The meeting card on one A4 page. The sheet on screen has the printed width and type, so the
 * height measured here is the height on paper; if it is too tall the sheet is zoomed down.
 */
export function PrintView() {
  const data = usePitchData();
  const card = useMemo(() => buildMeetingCard(data.points, data.profile), [data.points, data.profile]);
  const sheet = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);

  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element || !data.loaded) return;
    // Measured at full size: the zoom of the previous render would skew the height.
    element.style.zoom = '1';
    const next = fitScale(element.scrollHeight);
    element.style.zoom = String(next);
    setScale(next);
  }, [card, data.loaded]);

  return (
    <div class="print-view">
      <div class="print-toolbar">
        <button type="button" class="primary" data-testid="rp-print-now" onClick={() => window.print()}>
          {t('printNow')}
        </button>
        <a href="#meeting" class="button">
          {t('printBack')}
        </a>
        <span class="status" data-testid="rp-print-scale">
          {scale < 1 ? t('printScaled', Math.round(scale * 100)) : t('printFits')}
        </span>
      </div>
      {data.error && (
        <p role="alert" data-testid="rp-error" class="error-banner">
          {data.error}
        </p>
      )}
      <div class="print-sheet" ref={sheet} data-testid="rp-print-sheet" data-scale={scale}>
        {data.loaded && <MeetingCard card={card} print />}
      </div>
    </div>
  );
}
