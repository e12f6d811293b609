import type { PitchPoint } from '../../core/point';
import { rankedForDraft, sectionOf, SECTIONS, type SectionId } from '../../core/draft/sections';
import { t, type MessageKey } from '../i18n';

const SECTION_LABELS: Readonly<Record<SectionId, MessageKey>> = {
  gain: 'draftSectionGain',
  measure: 'draftSectionMeasure',
  sweeteners: 'draftSectionSweeteners',
  continuity: 'draftSectionContinuity',
  record: 'draftSectionRecord',
};

export interface PointChooserProps {
  points: readonly PitchPoint[];
  chosen: readonly string[];
  /** Whether `chosen` is still the builder's own preselection. */
  suggested: boolean;
  onChange(chosen: string[]): void;
  onSuggested(): void;
}

/**
 * Which points go into the draft, by the part of the email they serve, in the order the draft
 * uses them. Folded away by default: the best ranked ones are already chosen.
 */
export function PointChooser({ points, chosen, suggested, onChange, onSuggested }: PointChooserProps) {
  const offered = rankedForDraft(points);
  const picked = new Set(chosen);
  const count = offered.filter((point) => picked.has(point.id)).length;
  const toggle = (id: string, on: boolean) => onChange(offered.map((point) => point.id).filter((other) => (other === id ? on : picked.has(other))));
  return (
    <details class="draft-points" data-testid="rp-draft-points">
      <summary>{t('draftPointsSummary', count, offered.length)}</summary>
      {SECTIONS.map((section) => {
        const inSection = offered.filter((point) => sectionOf(point) === section.id);
        if (inSection.length === 0) return null;
        return (
          <fieldset key={section.id} class="draft-section">
            <legend>{t(SECTION_LABELS[section.id])}</legend>
            {inSection.map((point) => (
              <label key={point.id} class="check">
                <input
                  type="checkbox"
                  data-testid="rp-draft-point"
                  data-point-id={point.id}
                  checked={picked.has(point.id)}
                  onChange={(event) => toggle(point.id, event.currentTarget.checked)}
                />
                {point.title}
                {!point.use.includes('email') && <span class="hint-inline"> {t('draftPointMeetingOnly')}</span>}
              </label>
            ))}
          </fieldset>
        );
      })}
      {!suggested && (
        <button type="button" class="link" onClick={onSuggested}>
          {t('draftPointsSuggested')}
        </button>
      )}
    </details>
  );
}
