import type { Profile } from '../../core/profile';
import { t } from '../i18n';
import { segmentsOf } from './segments';

/**
 * A point's text as it will read once inserted: fill-ins applied and underlined, and the
 * ones still missing marked so they stand out (by more than colour: they keep their braces).
 */
export function FilledText({ text, profile }: { text: string; profile: Profile }) {
  return (
    <>
      {segmentsOf(text, profile).map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : segment.kind === 'filled' ? (
          <span key={index} class="fill" title={`{${segment.name}}`}>
            {segment.text}
          </span>
        ) : (
          <mark key={index} class="missing" data-testid="rp-missing" title={t('fillInMissing')}>
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}
