import { parseIsoDate, longDate } from '../../core/dates';
import { nextSteps } from '../../core/draft/next-steps';
import { jurisdictionOf, STATUTORY_RULES, type StatutoryMode } from '../../core/draft/statutory-rules';
import { t } from '../i18n';

/**
 * What happens once the formal request is sent, with its dates counted from the send date, and
 * where the rules come from and when they were last checked. Information, not advice, and it says so.
 */
export function NextSteps({ mode, sendDate, startDate }: { mode: StatutoryMode; sendDate: string; startDate?: string }) {
  const rules = jurisdictionOf(mode);
  const checked = parseIsoDate(STATUTORY_RULES.lastChecked);
  return (
    <section class="next-steps" data-testid="rp-draft-next" aria-labelledby="rp-draft-next-heading">
      <h3 id="rp-draft-next-heading">{t('draftNextHeading', rules.name)}</h3>
      <p class="legal-note" data-testid="rp-draft-not-advice">
        <strong>{t('draftNotAdvice')}</strong> {t('draftNotAdviceMore')}
      </p>
      <ul class="steps">
        {rules.eligibility.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {nextSteps(mode, sendDate, startDate).map((step) => (
          <li key={step.text} class={step.warning ? 'warning' : undefined} data-testid="rp-draft-step" data-by={step.by}>
            {step.text}
          </li>
        ))}
        {rules.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p class="hint">
        {t('draftLaw', rules.law)}{' '}
        {t('draftRulesChecked', checked ? longDate(checked) : STATUTORY_RULES.lastChecked)}
      </p>
      <ul class="sources" aria-label={t('draftSources')}>
        {rules.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {source.title}
            </a>{' '}
            <span class="hint-inline">({source.id})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
