import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { usePitchData } from '../popup/app/usePitchData';
import { t } from '../popup/i18n';
import { buildMeetingCard } from '../popup/meeting/cardModel';
import { MeetingCard } from '../popup/meeting/MeetingCard';
import { fitSheet, type Fit } from './fitToPage';

/**
 * The meeting card on one A4 page. The sheet on screen has the printed width and type, so the
 * height measured here is the height on paper; if it is too tall the sheet is zoomed down, and
 * if even that fails the user is told to take points off the card.
 */
export function PrintView() {
  const data = usePitchData();
  const card = useMemo(() => buildMeetingCard(data.points, data.profile), [data.points, data.profile]);
  const sheet = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Fit>({ scale: 1, fits: true });

  useLayoutEffect(() => {
    if (sheet.current && data.loaded) setFit(fitSheet(sheet.current));
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
        <span class={fit.fits ? 'status' : 'status warning'} data-testid="rp-print-scale" role="status">
          {!fit.fits ? t('printTooLong') : fit.scale < 1 ? t('printScaled', Math.round(fit.scale * 100)) : t('printFits')}
        </span>
      </div>
      {data.error && (
        <p role="alert" data-testid="rp-error" class="error-banner">
          {data.error}
        </p>
      )}
      <div class="print-sheet" ref={sheet} data-testid="rp-print-sheet" data-scale={fit.scale}>
        {data.loaded && <MeetingCard card={card} print />}
      </div>
    </div>
  );
}
