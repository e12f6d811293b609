import type { SiteId } from './sites/site';

/**
 * The per-site on/off switches, kept in `storage.local` under one key. Shared by the content
 * script (which applies them live) and the popup's settings (which writes them).
 */
export const SITE_SWITCHES_KEY = 'sites';

export type SiteSwitches = Record<SiteId, boolean>;

export const SITE_IDS: readonly SiteId[] = ['gmail', 'outlook'];

/** Product names, the same in every language. */
export const SITE_LABELS: Readonly<Record<SiteId, string>> = { gmail: 'Gmail', outlook: 'Outlook' };

/** Anything missing or malformed reads as "on": the integration is what the user installed us for. */
export function parseSiteSwitches(stored: unknown): SiteSwitches {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return { gmail: value.gmail !== false, outlook: value.outlook !== false };
}
