import { useRef, useState } from 'preact/hooks';
import { DRAFT_MODES, isStatutory, type DraftMode } from '../../core/draft/statutory-rules';
import { checkStatutory } from '../../core/draft/statutory-check';
import { DRAFT_LENGTHS, DRAFT_TONES, type DraftLength, type DraftTone } from '../../core/draft/wording.en';
import type { CurrentDraft, SavedDraft } from '../../core/draft/saved-draft';
import { messageOf } from '../../core/errors';
import type { PitchData } from '../app/usePitchData';
import { t, type MessageKey } from '../i18n';
import { deliver as deliverEmail, type Destination } from './deliver';
import { DraftCoach } from './DraftCoach';
import { FillInPrompt } from './FillInPrompt';
import { applyAnswers, fillInsToAsk, openFillIns } from './fillIns';
import { NextSteps } from './NextSteps';
import { PointChooser } from './PointChooser';
import { StatutoryFields } from './StatutoryFields';
import { useRequestDraft, type RequestDraft } from './useRequestDraft';

const TONE_LABELS: Readonly<Record<DraftTone, MessageKey>> = { friendly: 'draftToneFriendly', formal: 'draftToneFormal' };
const LENGTH_LABELS: Readonly<Record<DraftLength, MessageKey>> = { full: 'draftLengthFull', short: 'draftLengthShort' };
const MODE_LABELS: Readonly<Record<DraftMode, MessageKey>> = { standard: 'draftModeStandard', uk: 'draftModeUk', ni: 'draftModeNi', ie: 'draftModeIe' };
const OUTLOOK_LABELS: Readonly<Record<SavedDraft['outlook'], MessageKey>> = { 'outlook-work': 'draftOutlookWork', 'outlook-personal': 'draftOutlookPersonal' };

function Choice<T extends string>({ id, label, value, options, labels, onChange }: { id: string; label: MessageKey; value: T; options: readonly T[]; labels: Readonly<Record<T, MessageKey>>; onChange(value: T): void }) {
  return (
    <div class="field">
      <label class="field-label" for={`rp-draft-${id}`}>
        {t(label)}
      </label>
      <select id={`rp-draft-${id}`} data-testid={`rp-draft-${id}`} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {t(labels[option])}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The draft builder: a whole request email from the user's points and fill-ins, in the framework's
 * order, which they adjust (tone, length, points, a formal request under UK, Northern Irish or Irish
 * law), edit freely with the coach reading along, and send on as a new Gmail or Outlook draft, or copy.
 */
export function DraftTab({ data }: { data: PitchData }) {
  const draft = useRequestDraft(data);
  const { saved, current } = draft;
  if (!saved || !current) return <p class="loading">{t('loading')}</p>;
  return <DraftView data={data} draft={draft} saved={saved} current={current} />;
}

interface DraftViewProps {
  data: PitchData;
  draft: RequestDraft;
  saved: SavedDraft;
  current: CurrentDraft;
}

function DraftView({ data, draft, saved, current }: DraftViewProps) {
  const [asking, setAsking] = useState<{ to: Destination; names: string[] }>();
  const [status, setStatus] = useState('');
  const [beforeRebuild, setBeforeRebuild] = useState<string | null>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const buttons = useRef<Partial<Record<Destination, HTMLButtonElement | null>>>({});

  const mode = isStatutory(saved.mode) ? saved.mode : null;
  const remember = (to: Destination) => (element: HTMLButtonElement | null) => {
    buttons.current[to] = element;
  };

  function change(patch: Partial<SavedDraft>) {
    setStatus('');
    draft.change(patch);
  }

  async function deliver(to: Destination, subject: string, text: string) {
    // Back on the button pressed, once it is drawn again after a prompt.
    requestAnimationFrame(() => buttons.current[to]?.focus());
    try {
      const delivered = await deliverEmail(to, subject, text, saved.outlook);
      setStatus(delivered.status);
      // Without clipboard access the text is selected for the user's own Ctrl+C.
      if (delivered.copyFailed) {
        requestAnimationFrame(() => {
          body.current?.focus();
          body.current?.select();
        });
      }
    } catch (failure) {
      data.setError(messageOf(failure));
    }
  }

  function start(to: Destination) {
    setStatus('');
    const names = fillInsToAsk(openFillIns(current.subject, current.body), data.profile);
    if (names.length > 0) setAsking({ to, names });
    else void deliver(to, current.subject, current.body);
  }

  function answered(to: Destination, answers: Record<string, string>, save: boolean) {
    const done = applyAnswers(current.subject, current.body, answers, data.profile);
    if (save && Object.keys(done.profile).length > 0) data.editProfile({ ...data.profile, ...done.profile }, done.profile);
    // Saved answers come back through the profile; unsaved ones stay in the text, which is then the user's own.
    const keepText = !save;
    change({
      values: { ...saved.values, ...done.values },
      ...((keepText || saved.subject !== null) && { subject: done.subject }),
      ...((keepText || saved.body !== null) && { body: done.body }),
    });
    setAsking(undefined);
    void deliver(to, done.subject, done.body);
  }

  function rebuild() {
    setBeforeRebuild(saved.body);
    change({ body: null });
  }

  const checks = mode ? checkStatutory(current.body, mode) : undefined;
  return (
    <div class="draft-tab">
      <h2 class="tab-heading">{t('draftHeading')}</h2>
      <p class="tab-intro">{t('draftIntro')}</p>
      <div class="draft-choices">
        <Choice id="tone" label="draftTone" value={saved.tone} options={DRAFT_TONES} labels={TONE_LABELS} onChange={(tone) => change({ tone })} />
        <Choice id="length" label="draftLength" value={saved.length} options={DRAFT_LENGTHS} labels={LENGTH_LABELS} onChange={(length) => change({ length })} />
        <Choice id="mode" label="draftMode" value={saved.mode} options={DRAFT_MODES} labels={MODE_LABELS} onChange={(next) => change({ mode: next })} />
      </div>
      <PointChooser
        points={data.points}
        chosen={current.choices.chosen}
        suggested={saved.chosen === null}
        onChange={(chosen) => change({ chosen })}
        onSuggested={() => change({ chosen: null })}
      />
      {mode && <StatutoryFields mode={mode} draft={saved} today={current.choices.sendDate} onChange={change} />}
      <div class="draft-editor">
        <div class="draft-text">
          <div class="field">
            <label class="field-label" for="rp-draft-subject">
              {t('draftSubject')}
              {saved.subject !== null && (
                <button type="button" class="link subject-reset" onClick={() => change({ subject: null })}>
                  {t('draftSubjectReset')}
                </button>
              )}
            </label>
            <input id="rp-draft-subject" data-testid="rp-draft-subject" type="text" maxLength={500} value={current.subject} onInput={(event) => change({ subject: event.currentTarget.value })} />
          </div>
          <div class="field">
            <label class="field-label" for="rp-draft-body">
              {t('draftBody')}
            </label>
            <textarea
              id="rp-draft-body"
              ref={body}
              data-testid="rp-draft-body"
              rows={16}
              spellcheck
              value={current.body}
              onInput={(event) => {
                setBeforeRebuild(null);
                change({ body: event.currentTarget.value });
              }}
            />
          </div>
          {saved.body !== null && (
            <p class="draft-edited" data-testid="rp-draft-edited">
              {t('draftEdited')}{' '}
              <button type="button" class="small" data-testid="rp-draft-rebuild" onClick={rebuild}>
                {t('draftRebuild')}
              </button>
            </p>
          )}
          {saved.body === null && beforeRebuild !== null && (
            <p class="draft-edited">
              {t('draftRebuilt')}{' '}
              <button
                type="button"
                class="small"
                onClick={() => {
                  change({ body: beforeRebuild });
                  setBeforeRebuild(null);
                }}
              >
                {t('draftUndoRebuild')}
              </button>
            </p>
          )}
        </div>
        <DraftCoach analysis={draft.analysis} analysed={draft.analysed} checks={checks} />
      </div>
      {asking ? (
        <FillInPrompt names={asking.names} onSubmit={(answers, save) => answered(asking.to, answers, save)} onCancel={() => {
          const to = asking.to;
          setAsking(undefined);
          requestAnimationFrame(() => buttons.current[to]?.focus());
        }} />
      ) : (
        <div class="draft-actions form-actions">
          <button type="button" class="primary" data-testid="rp-draft-open-gmail" ref={remember('gmail')} onClick={() => start('gmail')}>
            {t('draftOpenGmail')}
          </button>
          <button type="button" class="primary" data-testid="rp-draft-open-outlook" ref={remember('outlook')} onClick={() => start('outlook')}>
            {t('draftOpenOutlook')}
          </button>
          <select aria-label={t('draftOutlookAccount')} value={saved.outlook} onChange={(event) => change({ outlook: event.currentTarget.value as SavedDraft['outlook'] })}>
            {(['outlook-work', 'outlook-personal'] as const).map((option) => (
              <option key={option} value={option}>
                {t(OUTLOOK_LABELS[option])}
              </option>
            ))}
          </select>
          <button type="button" data-testid="rp-draft-copy" ref={remember('copy')} onClick={() => start('copy')}>
            {t('draftCopy')}
          </button>
        </div>
      )}
      <p role="status" class="status" data-testid="rp-draft-status">
        {status}
      </p>
      {mode && <NextSteps mode={mode} sendDate={current.choices.sendDate} startDate={data.profile.startDate} />}
    </div>
  );
}
