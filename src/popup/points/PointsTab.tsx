import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../../core/categories';
import type { PitchPoint } from '../../core/point';
import type { Profile } from '../../core/profile';
import type { PitchData } from '../app/usePitchData';
import { t } from '../i18n';
import { categoryEmpty, categoryExplanation, categoryLabel } from '../labels';
import { changesBetween, draftFrom, emptyDraft, newPointFrom, type PointDraft } from './draft';
import { groupByCategory } from './grouping';
import { PointEditor } from './PointEditor';
import { PointRow, rowControlId, type RowActions } from './PointRow';
import { moveOneStep } from './reorder';
import { matchesQuery, queryTerms } from '../../core/search';

type Editing = { mode: 'add'; category: CategoryId } | { mode: 'edit'; id: string } | undefined;

export const SEARCH_ID = 'rp-search';

/**
 * A long library is drawn in slices: the first screenful at once, the rest a slice per frame,
 * so the popup can be used while a thousand rows are still being added below the fold. Three
 * rows fill the popup and about ten a tall options tab; every row drawn before the first paint
 * delays it. Later slices are small so a key pressed meanwhile waits one short task at most.
 */
/** @internal Exported for its unit tests. */
export const FIRST_ROWS = 12;
const MORE_ROWS = 60;
const ADD_ID = 'rp-add';

export interface PointsTabProps {
  data: PitchData;
  /** The profile previews read (with the offered review date). */
  profile: Profile;
  onDeleted(deleted: PitchPoint[]): void;
  onFillIn(key: string): void;
}

export function PointsTab({ data, profile, onDeleted, onFillIn }: PointsTabProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>();
  // The id of the control to focus once the list has re-rendered after an action.
  const pendingFocus = useRef<string | undefined>(undefined);

  const terms = useMemo(() => queryTerms(query), [query]);
  const groups = useMemo(() => groupByCategory(data.points), [data.points]);
  const visible = useMemo(
    () => (terms.length === 0 ? undefined : new Set(data.points.filter((point) => matchesQuery(point, terms)).map((point) => point.id))),
    [data.points, terms],
  );
  const isVisible = (id: string) => visible?.has(id) ?? true;
  const [limit, setLimit] = useState(FIRST_ROWS);
  const total = visible?.size ?? data.points.length;

  useEffect(() => {
    if (limit >= total) return undefined;
    // After the next frame is painted, not before: each slice must reach the screen.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setLimit((current) => current + MORE_ROWS), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [limit, total]);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const element = document.getElementById(id);
    if (!element && limit < total) {
      // The row to focus is in a slice not drawn yet: draw everything, then focus it.
      setLimit(Number.POSITIVE_INFINITY);
      return;
    }
    pendingFocus.current = undefined;
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  });

  function closeEditor(focusId: string) {
    pendingFocus.current = focusId;
    setEditing(undefined);
  }

  async function saveNew(draft: PointDraft): Promise<boolean> {
    const created = await data.createPoint(newPointFrom(draft));
    if (!created) return false;
    // A new point the current search would hide would look lost: show everything again.
    if (!matchesQuery(created, terms)) setQuery('');
    closeEditor(rowControlId('edit', created.id));
    return true;
  }

  async function saveEdit(id: string, draft: PointDraft, started: PointDraft): Promise<boolean> {
    const changes = changesBetween(started, draft);
    if (Object.keys(changes).length > 0 && !(await data.updatePoint(id, changes))) return false;
    closeEditor(rowControlId('edit', id));
    return true;
  }

  async function remove(point: PitchPoint) {
    const deleted = await data.deletePoint(point.id);
    if (!deleted) return;
    if (editing?.mode === 'edit' && editing.id === point.id) setEditing(undefined);
    onDeleted(deleted);
  }

  // Rows are memoised, so they get one object that stays the same and calls whatever this
  // render's handlers are.
  const current: RowActions = {
    onEdit: (point) => setEditing({ mode: 'edit', id: point.id }),
    onDelete: (point) => void remove(point),
    onMove: (point, direction) => {
      const ids = (groups.get(point.category) ?? []).map((p) => p.id);
      const next = moveOneStep(ids, point.id, direction, isVisible);
      if (!next) return;
      // Keep focus on the arrow just used, unless the point reached the end where it's disabled.
      const stillMovable = moveOneStep(next, point.id, direction, isVisible) !== undefined;
      pendingFocus.current = rowControlId(stillMovable ? direction : direction === 'up' ? 'down' : 'up', point.id);
      void data.reorder(point.category, next);
    },
    onToggleCard: (point, on) => void data.updatePoint(point.id, { onMeetingCard: on }),
    onFillIn,
  };
  const latest = useRef(current);
  latest.current = current;
  const actions = useMemo<RowActions>(
    () => ({
      onEdit: (point) => latest.current.onEdit(point),
      onDelete: (point) => latest.current.onDelete(point),
      onMove: (point, direction) => latest.current.onMove(point, direction),
      onToggleCard: (point, on) => latest.current.onToggleCard(point, on),
      onFillIn: (key) => latest.current.onFillIn(key),
    }),
    [],
  );

  function openAdd(category: CategoryId) {
    setEditing({ mode: 'add', category });
  }

  const matches = total;
  let budget = limit;
  // Says whether later slices are still to come, for whoever must wait for the whole list (the
  // e2e tests, the benchmark). Not aria-busy: screen readers may hide a busy region, and the
  // rows already drawn are usable.
  const rows = limit >= total ? 'all' : 'partial';
  return (
    <div class="points-tab" data-rows={rows}>
      <h2 class="sr-only">{t('tabPoints')}</h2>
      <div class="toolbar">
        <label class="sr-only" for={SEARCH_ID}>
          {t('searchLabel')}
        </label>
        <input
          id={SEARCH_ID}
          type="search"
          data-testid="rp-search"
          class="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
        <button type="button" id={ADD_ID} data-testid="rp-add" class="primary" onClick={() => openAdd(editing?.mode === 'add' ? editing.category : 'my-motivation')}>
          {t('pointAdd')}
        </button>
      </div>
      <p class="sr-only" role="status">
        {terms.length > 0 ? t('searchCount', matches) : ''}
      </p>

      {editing?.mode === 'add' && (
        <PointEditor
          key={`add-${editing.category}`}
          mode="add"
          initial={emptyDraft(editing.category)}
          profile={profile}
          onSave={saveNew}
          onCancel={() => closeEditor(ADD_ID)}
        />
      )}

      {terms.length > 0 && matches === 0 && (
        <p class="empty" data-testid="rp-no-match">
          {t('searchNone', query.trim())}
        </p>
      )}

      {CATEGORY_IDS.map((category) => {
        const all = groups.get(category) ?? [];
        const shown = visible ? all.filter((point) => visible.has(point.id)) : all;
        if (visible && shown.length === 0) return null;
        // Groups past the drawn slice wait for theirs, empty ones included, to keep the order.
        if (budget <= 0) return null;
        const drawn = shown.length > budget ? shown.slice(0, budget) : shown;
        budget -= drawn.length;
        const headingId = `rp-group-${category}`;
        return (
          <section key={category} class="group" data-testid="rp-group" data-category={category} aria-labelledby={headingId}>
            <div class="group-head">
              <h3 id={headingId}>
                {categoryLabel(category)} <span class="count">({shown.length})</span>
              </h3>
              <button type="button" class="small" aria-label={t('groupAddLabel', categoryLabel(category))} onClick={() => openAdd(category)}>
                {t('groupAdd')}
              </button>
            </div>
            <p class="group-explanation">{categoryExplanation(category)}</p>
            {shown.length === 0 ? (
              <p class="empty">
                {categoryEmpty(category)}{' '}
                <button type="button" class="link" onClick={() => openAdd(category)}>
                  {t('groupAddFirst')}
                </button>
              </p>
            ) : (
              <ol class="points">
                {drawn.map((point, index) =>
                  editing?.mode === 'edit' && editing.id === point.id ? (
                    <li key={point.id} class="point editing" data-testid="rp-point" data-point-id={point.id}>
                      <PointEditor
                        mode="edit"
                        initial={draftFrom(point)}
                        profile={profile}
                        onSave={(draft, started) => saveEdit(point.id, draft, started)}
                        onCancel={() => closeEditor(rowControlId('edit', point.id))}
                        onDelete={() => void remove(point)}
                      />
                    </li>
                  ) : (
                    <PointRow key={point.id} point={point} profile={profile} canMoveUp={index > 0} canMoveDown={index < shown.length - 1} actions={actions} />
                  ),
                )}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
