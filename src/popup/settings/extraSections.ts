import type { ComponentType } from 'preact';
import { SitesSettings } from '../SitesSettings';

/**
 * Settings sections owned by other parts of the product, shown between the starter points and
 * the backup note: the compose integration's per-site switches (Gmail, Outlook, kept in
 * `storage.local`). Another section is one more entry here, built on `SettingsSection`.
 */
export const EXTRA_SETTINGS_SECTIONS: readonly ComponentType[] = [SitesSettings];
