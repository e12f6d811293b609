import type { DraftAnalysis, FacetId } from '../../core/coach/analyze';
import type { ElementCheck } from '../../core/draft/statutory-check';
import { t, type MessageKey } from '../i18n';

const FACET_LABELS: Readonly<Record<FacetId, MessageKey>> = {
  schedule: 'draftFacetSchedule',
  'business-benefit': 'draftFacetBusinessBenefit',
  indicator: 'draftFacetIndicator',
  trial: 'draftFacetTrial',
  sweetener: 'draftFacetSweetener',
  communication: 'draftFacetCommunication',
  'track-record': 'draftFacetTrackRecord',
  'next-step': 'draftFacetNextStep',
};

export interface DraftCoachProps {
  analysis?: DraftAnalysis;
  /** False while the coach reads a newer version of the text. */
  analysed: boolean;
  /** The formal request's elements, when that mode is on. */
  checks?: readonly ElementCheck[];
}

/**
 * The coach's reading of the draft as the user edits it (the same rules as in a compose): the score,
 * the parts of a strong request it covers, what may hurt it; and, for a formal request, each element
 * the law asks for, present or missing.
 */
export function DraftCoach({ analysis, analysed, checks }: DraftCoachProps) {
  return (
    <aside class="draft-coach" aria-labelledby="rp-draft-coach-heading" aria-busy={!analysed} data-testid="rp-draft-coach" data-analysed={String(analysed)}>
      <div class="coach-head">
        <h3 id="rp-draft-coach-heading">{t('draftCoachHeading')}</h3>
        {analysis && (
          <span>
            {t('draftScore')} <b data-testid="rp-draft-score">{analysis.score}</b>/100
          </span>
        )}
      </div>
      {analysis && (
        <ul class="facet-list" aria-label={t('draftFacetsLabel')}>
          {analysis.coverage.map(({ id, covered }) => (
            <li key={id} class="facet" data-testid="rp-draft-facet" data-facet={id} data-covered={String(covered)}>
              <span aria-hidden="true">{covered ? '✓' : '○'}</span> {t(FACET_LABELS[id])}
              <span class="sr-only">{covered ? t('draftCovered') : t('draftMissing')}</span>
            </li>
          ))}
        </ul>
      )}
      {analysis && analysis.findings.length > 0 && (
        <ul class="finding-list" aria-label={t('draftFindingsLabel')}>
          {analysis.findings.map((finding) => (
            <li key={finding.id} class="finding" data-testid="rp-draft-finding" data-finding-id={finding.id} data-severity={finding.severity}>
              {finding.message}
            </li>
          ))}
        </ul>
      )}
      {checks && (
        <>
          <h3 class="checks-heading">{t('draftChecksHeading')}</h3>
          <ul class="facet-list checks" aria-label={t('draftChecksHeading')}>
            {checks.map(({ id, label, present }) => (
              <li key={id} class="facet" data-testid="rp-draft-check" data-element={id} data-present={String(present)} data-covered={String(present)}>
                <span aria-hidden="true">{present ? '✓' : '○'}</span> {label}
                <span class="sr-only">{present ? t('draftPresent') : t('draftMissing')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
