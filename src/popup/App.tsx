import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PitchPoint } from '../core/point';
import { isProfileKey } from '../core/profile';
import { Tabs, PANEL_ID, tabElementId, type TabId } from './app/Tabs';
import { UndoBar, type Deletion } from './app/UndoBar';
import { usePitchData } from './app/usePitchData';
import type { FirstLoad } from './app/first-load';
import { BackupBar, EXPORT_ID } from './backup/BackupBar';
import { t } from './i18n';
import { MeetingTab } from './meeting/MeetingTab';
import { PointsTab, SEARCH_ID } from './points/PointsTab';
import { ProfileTab } from './profile/ProfileTab';
import { withReviewDate } from '../core/profile';
import { SettingsTab } from './settings/SettingsTab';
import { lazy } from './app/lazy';

// The builder, with its wording and the statutory rules, loads when its tab is first shown; so does rehearsal.
const DraftTab = lazy(() => import('./draft/DraftTab').then((module) => module.DraftTab));
const RehearseTab = lazy(() => import('./rehearse/RehearseTab').then((module) => module.RehearseTab));

export interface AppProps {
  /** 'popup' fits the toolbar popup (≤ 800×600, scrolling inside); 'page' is the options tab. */
  layout?: 'popup' | 'page';
  initialTab?: TabId;
  /** The first load, when the page already started it. */
  first?: FirstLoad;
  /** The id of the control to focus once the data is shown (where the user came back to). */
  focusOnLoad?: string;
}

export function App({ layout = 'popup', initialTab = 'points', first, focusOnLoad }: AppProps) {
  const data = usePitchData(first);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [focusKey, setFocusKey] = useState<string>();
  const [deletion, setDeletion] = useState<Deletion>();
  const previewProfile = useMemo(() => withReviewDate(data.profile), [data.profile]);
  const main = useRef<HTMLElement>(null);

  // Each tab starts at its top (the list's scroll position would land mid-form elsewhere),
  // unless it opens on a field to fill in, which scrolls itself into view.
  useEffect(() => {
    if (!focusKey) main.current?.scrollTo({ top: 0 });
  }, [tab]); // only a tab change resets the scroll

  useEffect(() => {
    if (data.loaded && focusOnLoad) document.getElementById(focusOnLoad)?.focus();
  }, [data.loaded]); // once, when the tab first shows its data

  const select = (next: TabId) => {
    setFocusKey(undefined);
    setTab(next);
  };

  const onDeleted = (points: PitchPoint[]) => setDeletion((current) => ({ points, serial: (current?.serial ?? 0) + 1 }));

  const expire = useCallback(() => {
    const hadFocus = document.activeElement?.closest('.undo-bar') != null;
    setDeletion(undefined);
    if (hadFocus) document.getElementById(SEARCH_ID)?.focus();
  }, []);

  async function undo() {
    if (!deletion) return;
    const restored = await data.restorePoints(deletion.points);
    if (restored) {
      setDeletion(undefined);
      setTab('points');
      // The restored row renders on the next frame; its edit button is where the user was.
      const [first] = deletion.points;
      requestAnimationFrame(() => (first ? document.getElementById(`rp-edit-${first.id}`) : null)?.focus());
    }
  }

  return (
    <div class={`app layout-${layout}`}>
      <header class="app-header">
        <h1 class="app-name">{t('extensionName')}</h1>
        <Tabs current={tab} onSelect={select} />
      </header>
      {/* Next after the tabs, since a long list puts hundreds of Tab stops before the footer: this is
          the way past them. It follows no address, as the options page reads its hash as the tab to show. */}
      <a
        href={`#${EXPORT_ID}`}
        class="skip-link"
        data-testid="rp-skip-backup"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(EXPORT_ID)?.focus();
        }}
      >
        {t('skipToBackup')}
      </a>
      {data.error && (
        <div class="error-banner">
          <p role="alert" data-testid="rp-error">
            {data.error}
          </p>
          <button type="button" class="small" onClick={() => data.setError('')}>
            {t('errorDismiss')}
          </button>
        </div>
      )}
      <main class="app-main" ref={main}>
        <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabElementId(tab)} aria-busy={!data.loaded}>
        {!data.loaded ? (
          <p class="loading">{t('loading')}</p>
        ) : tab === 'points' ? (
          <PointsTab
            data={data}
            profile={previewProfile}
            onDeleted={onDeleted}
            onFillIn={(key) => {
              setTab('profile');
              setFocusKey(isProfileKey(key) ? key : undefined);
            }}
          />
        ) : tab === 'profile' ? (
          <ProfileTab key={data.generation} profile={data.profile} onChange={data.editProfile} onSave={data.flushProfile} focusKey={focusKey} />
        ) : tab === 'draft' ? (
          <DraftTab data={data} />
        ) : tab === 'rehearse' ? (
          <RehearseTab points={data.points} profile={data.profile} onError={data.setError} />
        ) : tab === 'meeting' ? (
          <MeetingTab points={data.points} profile={data.profile} onError={data.setError} />
        ) : (
          <SettingsTab data={data} />
        )}
        </div>
      </main>
      {deletion && <UndoBar deletion={deletion} onUndo={() => void undo()} onExpire={expire} />}
      <BackupBar data={data} />
    </div>
  );
}
