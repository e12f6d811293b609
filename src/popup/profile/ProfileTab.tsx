import { useLayoutEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../core/point';
import { PROFILE_FIELDS, type Profile, type ProfileKey } from '../../core/profile';
import { t } from '../i18n';
import { profileHint, profileLabel } from '../labels';
import { editProfile, initialProfileState } from './reviewDate';

const DATE_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>(['startDate', 'reviewDate']);

const profileFieldId = (key: string): string => `rp-profile-${key}`;

function FillInInput({ name, value, describedBy, onInput }: { name: ProfileKey; value: string; describedBy: string; onInput(value: string): void }) {
  const common = {
    id: profileFieldId(name),
    name,
    'data-testid': 'rp-profile-field',
    value,
    'aria-describedby': describedBy,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  // Dates get the browser's picker, which also guarantees the yyyy-mm-dd the review date needs.
  return DATE_KEYS.has(name) ? <input type="date" {...common} /> : <input type="text" maxLength={LIMITS.profileValueLength} {...common} />;
}

/** The fill-ins whose values differ between two versions of the form, as `after` has them ('' when cleared). */
function changedBetween(before: Profile, after: Profile): Profile {
  const changed: Profile = {};
  for (const { key } of PROFILE_FIELDS) if ((before[key] ?? '') !== (after[key] ?? '')) changed[key] = after[key] ?? '';
  return changed;
}

export interface ProfileTabProps {
  profile: Profile;
  /** The whole form, and the fill-ins that changed: only those are saved. */
  onChange(profile: Profile, changed: Profile): void;
  /** Resolves once every change so far is stored. */
  onSave(): Promise<void>;
  /** A fill-in to focus on arrival, e.g. the one a point's preview says is missing. */
  focusKey?: string;
}

/**
 * The fill-ins. Every keystroke is saved (the popup can close at any moment); the Save button
 * also saves the review date the form offered, and confirms that it all arrived. The review date
 * follows start date plus trial length until the user types one of their own. Only fill-ins
 * changed here are sent, so one a compose saved meanwhile stays.
 */
export function ProfileTab({ profile, onChange, onSave, focusKey }: ProfileTabProps) {
  const [state, setState] = useState(() => initialProfileState(profile));
  // As stored when the form opened: the page's copy follows the form from the first keystroke.
  const [loaded] = useState(profile);
  const [status, setStatus] = useState('');

  useLayoutEffect(() => {
    const element = focusKey ? document.getElementById(profileFieldId(focusKey)) : null;
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  }, [focusKey]);

  function edit(key: ProfileKey, value: string) {
    const next = editProfile(state, key, value);
    setState(next);
    setStatus('');
    onChange(next.profile, changedBetween(state.profile, next.profile));
  }

  async function save(event: Event) {
    event.preventDefault();
    // What the form shows but was never stored: the review date it offered on arrival.
    onChange(state.profile, changedBetween(loaded, state.profile));
    await onSave();
    setStatus(t('profileSaved'));
  }

  const filled = PROFILE_FIELDS.filter(({ key }) => state.profile[key]?.trim()).length;
  return (
    <form class="profile-tab" onSubmit={save} aria-labelledby="rp-profile-heading">
      <h2 id="rp-profile-heading" class="tab-heading">
        {t('profileHeading')}
      </h2>
      <p class="tab-intro">{t('profileIntro', filled, PROFILE_FIELDS.length)}</p>
      <div class="profile-fields">
        {PROFILE_FIELDS.map(({ key }) => {
          const hintId = `${profileFieldId(key)}-hint`;
          const suggested = key === 'reviewDate' && state.reviewFollows && Boolean(state.profile.reviewDate);
          return (
            <div class="field" key={key}>
              <label class="field-label" for={profileFieldId(key)}>
                {profileLabel(key)} <code class="placeholder">{`{${key}}`}</code>
              </label>
              <FillInInput name={key} value={state.profile[key] ?? ''} describedBy={hintId} onInput={(value) => edit(key, value)} />
              <span class="hint" id={hintId}>
                {suggested ? t('profileReviewSuggested') : profileHint(key)}
              </span>
            </div>
          );
        })}
      </div>
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="rp-save">
          {t('profileSave')}
        </button>
        <span role="status" class="status" data-testid="rp-status">
          {status}
        </span>
      </div>
    </form>
  );
}
