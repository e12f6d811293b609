import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, isCategoryId } from '../../core/categories';
import { LIMITS } from '../../core/point';
import type { Profile } from '../../core/profile';
import { t } from '../i18n';
import { categoryLabel } from '../labels';
import type { PointDraft } from './draft';
import { FilledText } from './FilledText';

export interface EditorProps {
  mode: 'add' | 'edit';
  initial: PointDraft;
  profile: Profile;
  /** Resolves true when saved; the editor then goes away. `started` is the draft the form opened with. */
  onSave(draft: PointDraft, started: PointDraft): Promise<boolean>;
  onCancel(): void;
  onDelete?: () => void;
}

/**
 * The one form for adding and editing a point. Only one is open at a time, so each test hook
 * names a single element. Enter in a one-line field or Ctrl+Enter anywhere saves; Escape cancels.
 */
export function PointEditor({ mode, initial, profile, onSave, onCancel, onDelete }: EditorProps) {
  const [draft, setDraft] = useState(initial);
  const [started] = useState(initial);
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const idPrefix = `rp-editor-${mode}`;

  useLayoutEffect(() => {
    titleRef.current?.focus();
    formRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const set = <K extends keyof PointDraft>(key: K, value: PointDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const saved = await onSave(draft, started);
    if (!saved) setSaving(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  const heading = mode === 'add' ? t('editorAddHeading') : t('editorEditHeading');
  return (
    <form ref={formRef} class="editor" data-testid="rp-editor" aria-label={heading} onSubmit={submit} onKeyDown={onKeyDown}>
      <h3 class="editor-heading">{heading}</h3>
      <label class="field">
        <span class="field-label">{t('fieldTitle')}</span>
        <input
          ref={titleRef}
          data-testid="rp-point-title"
          value={draft.title}
          maxLength={LIMITS.titleLength}
          required
          onInput={(event) => set('title', event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span class="field-label">{t('fieldCategory')}</span>
        <select
          data-testid="rp-point-category"
          value={draft.category}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isCategoryId(value)) set('category', value);
          }}
        >
          {CATEGORY_IDS.map((id) => (
            <option key={id} value={id}>
              {categoryLabel(id)}
            </option>
          ))}
        </select>
      </label>
      {draft.category === 'objection-answer' && (
        <label class="field">
          <span class="field-label">{t('fieldObjection')}</span>
          <input
            data-testid="rp-point-objection"
            value={draft.objection}
            maxLength={LIMITS.objectionLength}
            placeholder={t('fieldObjectionPlaceholder')}
            onInput={(event) => set('objection', event.currentTarget.value)}
          />
        </label>
      )}
      <label class="field">
        <span class="field-label">{t('fieldText')}</span>
        <textarea
          data-testid="rp-point-text"
          value={draft.text}
          rows={4}
          maxLength={LIMITS.textLength}
          required
          aria-describedby={`${idPrefix}-text-hint`}
          onInput={(event) => set('text', event.currentTarget.value)}
        />
        <span class="hint" id={`${idPrefix}-text-hint`}>
          {t('fieldTextHint')}
        </span>
      </label>
      {draft.text.trim() !== '' && (
        <div class="preview" aria-live="polite">
          <span class="field-label">{t('editorPreview')}</span>
          <p data-testid="rp-editor-preview">
            <FilledText text={draft.text} profile={profile} />
          </p>
        </div>
      )}
      <label class="field">
        <span class="field-label">{t('fieldEvidence')}</span>
        <input
          data-testid="rp-point-evidence"
          value={draft.evidence}
          maxLength={LIMITS.evidenceLength}
          placeholder={t('fieldEvidencePlaceholder')}
          onInput={(event) => set('evidence', event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span class="field-label">{t('fieldTags')}</span>
        <input
          data-testid="rp-point-tags"
          value={draft.tags}
          placeholder={t('fieldTagsPlaceholder')}
          onInput={(event) => set('tags', event.currentTarget.value)}
        />
      </label>
      <label class="check">
        <input type="checkbox" data-testid="rp-point-on-card-field" checked={draft.onMeetingCard} onChange={(event) => set('onMeetingCard', event.currentTarget.checked)} />
        {t('pointOnCard')}
      </label>
      <div class="editor-actions">
        <button type="submit" class="primary" data-testid="rp-save" disabled={saving}>
          {mode === 'add' ? t('editorAdd') : t('editorSave')}
        </button>
        <button type="button" data-testid="rp-cancel" onClick={onCancel}>
          {t('editorCancel')}
        </button>
        {onDelete && (
          <>
            <span class="spacer" />
            <button type="button" class="danger" data-testid="rp-delete" onClick={onDelete}>
              {t('pointDeleteShort')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
