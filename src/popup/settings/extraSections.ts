import type { ComponentType } from 'preact';

/**
 * Settings sections owned by other parts of the product, shown between the starter points and
 * the backup note. The compose integration adds its per-site switches (Gmail, Outlook, kept in
 * `storage.local`) here: write `settings/SitesSection.tsx` using `SettingsSection` and list it.
 */
export const EXTRA_SETTINGS_SECTIONS: readonly ComponentType[] = [];
