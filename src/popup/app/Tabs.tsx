import { t, type MessageKey } from '../i18n';

// New tabs go after the meeting card: the arrow-key order of the first three stays as users learnt it.
const TAB_IDS = ['points', 'profile', 'meeting', 'draft', 'rehearse', 'settings'] as const;
export type TabId = (typeof TAB_IDS)[number];

const TAB_LABELS: Record<TabId, MessageKey> = {
  points: 'tabPoints',
  profile: 'tabProfile',
  draft: 'tabDraft',
  rehearse: 'tabRehearse',
  meeting: 'tabMeeting',
  settings: 'tabSettings',
};

export const PANEL_ID = 'rp-panel';
export const tabElementId = (tab: TabId): string => `rp-tab-${tab}`;

export function isTabId(value: string): value is TabId {
  return (TAB_IDS as readonly string[]).includes(value);
}

/**
 * The WAI-ARIA tabs pattern: one tab stop for the whole row, arrow keys (and Home/End) move
 * between tabs and show each at once, as the panels are cheap to switch.
 */
export function Tabs({ current, onSelect }: { current: TabId; onSelect: (tab: TabId) => void }) {
  function onKeyDown(event: KeyboardEvent) {
    const index = TAB_IDS.indexOf(current);
    const next =
      event.key === 'ArrowRight' ? TAB_IDS[(index + 1) % TAB_IDS.length]
      : event.key === 'ArrowLeft' ? TAB_IDS[(index - 1 + TAB_IDS.length) % TAB_IDS.length]
      : event.key === 'Home' ? TAB_IDS[0]
      : event.key === 'End' ? TAB_IDS[TAB_IDS.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    document.getElementById(tabElementId(next))?.focus();
  }

  return (
    <div class="tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
      {TAB_IDS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabElementId(tab)}
          data-testid={`rp-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls={PANEL_ID}
          tabIndex={tab === current ? 0 : -1}
          class="tab"
          onClick={() => onSelect(tab)}
        >
          {t(TAB_LABELS[tab])}
        </button>
      ))}
    </div>
  );
}
