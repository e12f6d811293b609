import { fill } from '../../core/fill';
import type { PitchPoint } from '../../core/point';
import { isProfileKey, type Profile } from '../../core/profile';
import { memo } from '../app/memo';
import { t } from '../i18n';
import { FilledText } from './FilledText';
import { profileLabel } from '../labels';

export interface RowActions {
  onEdit(point: PitchPoint): void;
  onDelete(point: PitchPoint): void;
  onMove(point: PitchPoint, direction: 'up' | 'down'): void;
  onToggleCard(point: PitchPoint, on: boolean): void;
  onFillIn(key: string): void;
}

export const rowControlId = (kind: 'edit' | 'up' | 'down' | 'delete', id: string): string => `rp-${kind}-${id}`;

/** What the user calls a fill-in (the Fill-ins tab's label), not the {placeholder} written in the text. */
const fillInLabel = (name: string): string => (isProfileKey(name) ? profileLabel(name) : name);

function usedLabel(count: number): string {
  if (count === 0) return t('pointUsedNever');
  if (count === 1) return t('pointUsedOnce');
  return t('pointUsedMany', count);
}

/** Clicks on the row open the editor, except clicks meant for one of its own controls. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, input, label, a, select, textarea, summary') !== null;
}

export interface PointRowProps {
  point: PitchPoint;
  profile: Profile;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** The same object from one render to the next, or every row is drawn again. */
  actions: RowActions;
}

function Row(props: PointRowProps) {
  const { point, profile, canMoveUp, canMoveDown, actions } = props;
  const missing = fill(point.text, profile).missing;
  const titleId = `rp-title-${point.id}`;

  function onClick(event: MouseEvent) {
    if (isControl(event.target) || (window.getSelection()?.toString() ?? '') !== '') return;
    actions.onEdit(point);
  }

  return (
    <li class="point" data-testid="rp-point" data-point-id={point.id} aria-labelledby={titleId} onClick={onClick}>
      <div class="point-head">
        <h4 class="point-title" id={titleId}>
          {point.title}
        </h4>
        <span class="point-used" data-testid="rp-point-used">
          {usedLabel(point.usedCount)}
        </span>
      </div>
      {point.objection && (
        <p class="point-objection">
          <span class="label">{t('pointObjectionLead')}</span> {point.objection}
        </p>
      )}
      <p class="point-text" data-testid="rp-point-preview">
        <FilledText text={point.text} profile={profile} />
      </p>
      {missing.length > 0 && (
        <p class="point-missing">
          <span>
            {t('pointMissingLead')} {missing.map(fillInLabel).join(', ')}
          </span>
          {/* At the row's edge, so a click in the middle of a row still means "edit". */}
          <button type="button" class="link" onClick={() => actions.onFillIn(missing[0] ?? '')} aria-label={t('pointFillInAction', fillInLabel(missing[0] ?? ''))}>
            {t('pointFillIn')}
          </button>
        </p>
      )}
      {point.evidence && (
        <p class="point-evidence">
          <span class="label">{t('pointEvidenceLead')}</span> {point.evidence}
        </p>
      )}
      {point.tags.length > 0 && (
        <ul class="tags" aria-label={t('pointTagsLabel')}>
          {point.tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div class="point-actions">
        <label class="oncard">
          <input
            type="checkbox"
            data-testid="rp-point-on-card"
            checked={point.onMeetingCard === true}
            onChange={(event) => actions.onToggleCard(point, event.currentTarget.checked)}
          />
          {t('pointOnCard')}
          <span class="sr-only">: {point.title}</span>
        </label>
        <span class="spacer" />
        <button
          type="button"
          class="icon"
          id={rowControlId('up', point.id)}
          data-testid="rp-move-up"
          disabled={!canMoveUp}
          aria-label={t('pointMoveUp', point.title)}
          title={t('pointMoveUpShort')}
          onClick={() => actions.onMove(point, 'up')}
        >
          ↑
        </button>
        <button
          type="button"
          class="icon"
          id={rowControlId('down', point.id)}
          data-testid="rp-move-down"
          disabled={!canMoveDown}
          aria-label={t('pointMoveDown', point.title)}
          title={t('pointMoveDownShort')}
          onClick={() => actions.onMove(point, 'down')}
        >
          ↓
        </button>
        <button type="button" id={rowControlId('edit', point.id)} data-testid="rp-edit" aria-label={t('pointEdit', point.title)} onClick={() => actions.onEdit(point)}>
          {t('pointEditShort')}
        </button>
        <button type="button" class="danger" id={rowControlId('delete', point.id)} data-testid="rp-delete" aria-label={t('pointDelete', point.title)} onClick={() => actions.onDelete(point)}>
          {t('pointDeleteShort')}
        </button>
      </div>
    </li>
  );
}

/** A list holds up to thousands of rows and an edit changes one: the others are left as they are. */
export const PointRow = memo(Row);
