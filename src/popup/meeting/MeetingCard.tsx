import type { ComponentChildren } from 'preact';
import type { Profile } from '../../core/profile';
import { t } from '../i18n';
import { profileLabel } from '../labels';
import { FilledText } from '../points/FilledText';
import type { AskItem, CardPoint, MeetingCardModel } from './cardModel';

function Section({ title, testId, children }: { title: string; testId: string; children: ComponentChildren }) {
  return (
    <section class="card-section" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Missing({ name }: { name: string }) {
  return (
    <mark class="missing" title={t('fillInMissing')}>
      {`{${name}}`}
    </mark>
  );
}

function Facts({ items }: { items: AskItem[] }) {
  return (
    <dl class="facts">
      {items.map((item) => (
        <div key={item.key} class="fact" data-testid={`rp-card-${item.key}`}>
          <dt>{profileLabel(item.key)}</dt>
          <dd>{item.value ?? <Missing name={item.key} />}</dd>
        </div>
      ))}
    </dl>
  );
}

function PointList({ points, profile, ordered = false }: { points: CardPoint[]; profile: Profile; ordered?: boolean }) {
  const items = points.map((point) => (
    <li key={point.id} data-testid="rp-card-point" data-point-id={point.id}>
      <strong class="card-point-title">{point.title}</strong>{' '}
      <span class="card-point-text">
        <FilledText text={point.source} profile={profile} />
      </span>
      {point.evidence && <span class="evidence"> {t('cardEvidence', point.evidence)}</span>}
    </li>
  ));
  return ordered ? <ol class="card-list">{items}</ol> : <ul class="card-list">{items}</ul>;
}

function Nothing({ text }: { text: string }) {
  return <p class="card-empty">{text}</p>;
}

/**
 * One screen to glance at before the talk, top to bottom in the order the conversation runs.
 * `print` opens every objection, since paper can't be clicked.
 */
export function MeetingCard({ card, print = false }: { card: MeetingCardModel; print?: boolean }) {
  const closing = t('cardClosingLine');
  return (
    <article class={`meeting-card${print ? ' print' : ''}`} data-testid="rp-meeting-card" aria-labelledby="rp-card-title">
      <h2 id="rp-card-title" class="card-title">
        {t('cardTitle')}
      </h2>
      <Section title={t('cardAsk')} testId="rp-card-ask">
        <Facts items={card.ask} />
      </Section>
      <Section title={t('cardReasons')} testId="rp-card-reasons">
        {card.reasons.length ? <PointList points={card.reasons} profile={card.profile} /> : <Nothing text={t('cardReasonsEmpty')} />}
      </Section>
      {card.plan.length > 0 && (
        <Section title={t('cardPlan')} testId="rp-card-plan">
          <PointList points={card.plan} profile={card.profile} />
        </Section>
      )}
      <Section title={t('cardMeasures')} testId="rp-card-measures">
        <Facts items={card.measures.profile} />
        {card.measures.points.length > 0 && <PointList points={card.measures.points} profile={card.profile} />}
      </Section>
      {card.record.length > 0 && (
        <Section title={t('cardRecord')} testId="rp-card-record">
          <PointList points={card.record} profile={card.profile} />
        </Section>
      )}
      <Section title={t('cardObjections')} testId="rp-card-objections">
        {card.objections.length ? (
          <ul class="objections">
            {card.objections.map((point) => (
              <li key={point.id} data-testid="rp-card-objection" data-point-id={point.id}>
                <details open={print}>
                  <summary>{point.objection}</summary>
                  <p>
                    <FilledText text={point.source} profile={card.profile} />
                  </p>
                  {point.evidence && <p class="evidence">{t('cardEvidence', point.evidence)}</p>}
                </details>
              </li>
            ))}
          </ul>
        ) : (
          <Nothing text={t('cardObjectionsEmpty')} />
        )}
      </Section>
      <Section title={t('cardLadder')} testId="rp-card-ladder">
        {card.ladder.length ? <PointList points={card.ladder} profile={card.profile} ordered /> : <Nothing text={t('cardLadderEmpty')} />}
      </Section>
      <Section title={t('cardClose')} testId="rp-card-close">
        <p class="closing">
          <FilledText text={closing} profile={card.profile} />
        </p>
      </Section>
      {card.motivation.length > 0 && (
        <Section title={t('cardMotivation')} testId="rp-card-motivation">
          <PointList points={card.motivation} profile={card.profile} />
        </Section>
      )}
    </article>
  );
}
