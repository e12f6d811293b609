import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../core/errors';
import type { PitchPoint } from '../../core/point';
import { withReviewDate, type Profile } from '../../core/profile';
import { rehearsalOrder, type Mark, type RehearsalMark } from '../../core/rehearsal/rehearsal';
import { send } from '../../shared/messages';
import { t } from '../i18n';
import { FilledText } from '../points/FilledText';

/**
 * Rehearsing the answers to the manager's likely concerns, one card at a time: the concern, the user
 * answers aloud, reveals the prepared answer and its evidence, and marks it. The answers that need
 * work come first in the next round. Keyboard: Space reveals, 1 confident, 2 needs work, arrows move.
 */
export function RehearseTab({ points, profile, onError }: { points: PitchPoint[]; profile: Profile; onError(message: string): void }) {
  const [marks, setMarks] = useState<RehearsalMark[] | null>(null);
  const [round, setRound] = useState(0);
  const [at, setAt] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    send('rehearsal/list', {}).then(setMarks, (failure: unknown) => {
      onError(messageOf(failure));
      setMarks([]);
    });
  }, [onError]);

  // The order is fixed for a round, so marking a card does not reshuffle the deck under the user.
  const deck = useMemo(() => (marks ? rehearsalOrder(points, marks) : []), [points, marks === null, round]);
  const filled = useMemo(() => withReviewDate(profile), [profile]);

  // The card holds the keyboard: after a move, a new round, or a reveal by button (which then goes away).
  useLayoutEffect(() => {
    card.current?.focus({ preventScroll: true });
  }, [at, round, revealed, marks === null]);

  if (!marks) return <p class="loading">{t('loading')}</p>;
  if (deck.length === 0) return <p class="tab-intro" data-testid="rp-rehearse-empty">{t('rehearseEmpty')}</p>;

  const markOf = new Map(marks.map((mark) => [mark.pointId, mark.mark]));
  const point = deck[at];
  const done = at >= deck.length;

  const move = (to: number) => {
    setAt(Math.max(0, Math.min(deck.length, to)));
    setRevealed(false);
  };

  async function mark(value: Mark) {
    if (!point) return;
    try {
      const saved = await send('rehearsal/mark', { pointId: point.id, mark: value });
      setMarks((current) => [...(current ?? []).filter((other) => other.pointId !== saved.pointId), saved]);
      move(at + 1);
    } catch (failure) {
      onError(messageOf(failure));
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    // Keys typed into a control are its own; buttons still take Space and Enter as presses.
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    if (event.key === ' ' && !done) {
      event.preventDefault();
      setRevealed(true);
    } else if ((event.key === '1' || event.key === '2') && revealed && !done) {
      event.preventDefault();
      void mark(event.key === '1' ? 'confident' : 'needs-work');
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(at + 1);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(at - 1);
    }
  }

  const needWork = deck.filter((item) => markOf.get(item.id) === 'needs-work').length;
  const confident = deck.filter((item) => markOf.get(item.id) === 'confident').length;
  return (
    <div class="rehearse-tab" onKeyDown={onKeyDown}>
      <h2 class="tab-heading">{t('rehearseHeading')}</h2>
      <p class="tab-intro">{t('rehearseIntro')}</p>
      <p class="rehearse-progress" role="status" data-testid="rp-rehearse-progress">
        {t('rehearseProgress', Math.min(at + 1, deck.length), deck.length, confident, needWork)}
      </p>
      {done || !point ? (
        <section class="rehearse-card done" ref={card} tabIndex={-1} data-testid="rp-rehearse-done">
          <h3>{t('rehearseDone', confident, needWork)}</h3>
          <div class="form-actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                setRound(round + 1);
                move(0);
              }}
            >
              {t('rehearseAgain')}
            </button>
          </div>
        </section>
      ) : (
        <section
          class="rehearse-card"
          ref={card}
          tabIndex={0}
          data-testid="rp-rehearse-card"
          data-point-id={point.id}
          data-revealed={String(revealed)}
          aria-labelledby="rp-rehearse-concern"
          aria-describedby="rp-rehearse-keys"
        >
          <p class="concern-label">{t('rehearseConcern')}</p>
          <h3 id="rp-rehearse-concern" class="concern">
            “{point.objection?.trim() || point.title}”
          </h3>
          {markOf.get(point.id) && <p class="last-mark">{t(markOf.get(point.id) === 'confident' ? 'rehearseLastConfident' : 'rehearseLastNeedsWork')}</p>}
          {revealed ? (
            <div class="answer" data-testid="rp-rehearse-answer">
              <p>
                <FilledText text={point.text} profile={filled} />
              </p>
              {point.evidence && <p class="evidence">{t('cardEvidence', point.evidence)}</p>}
              <div class="form-actions">
                <button type="button" class="primary" data-testid="rp-rehearse-confident" onClick={() => void mark('confident')}>
                  {t('rehearseConfident')}
                </button>
                <button type="button" data-testid="rp-rehearse-needs-work" onClick={() => void mark('needs-work')}>
                  {t('rehearseNeedsWork')}
                </button>
              </div>
            </div>
          ) : (
            <div class="form-actions">
              <p class="hint">{t('rehearseSayIt')}</p>
              <button type="button" class="primary" data-testid="rp-rehearse-reveal" onClick={() => setRevealed(true)}>
                {t('rehearseReveal')}
              </button>
            </div>
          )}
          <div class="rehearse-nav">
            <button type="button" class="small" disabled={at === 0} onClick={() => move(at - 1)} aria-label={t('rehearsePrevious')}>
              ←
            </button>
            <button type="button" class="small" onClick={() => move(at + 1)} aria-label={t('rehearseNext')}>
              →
            </button>
          </div>
          <p class="hint" id="rp-rehearse-keys">
            {t('rehearseKeys')}
          </p>
        </section>
      )}
    </div>
  );
}
