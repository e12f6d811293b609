import { SITE_IDS, type SiteId } from '../core/sites';

/**
 * The per-site on/off switches, kept in `storage.local` under one key. Shared by the content
 * script (which applies them live) and the popup's settings (which writes them).
 */
export const SITE_SWITCHES_KEY = 'sites';

export type SiteSwitches = Record<SiteId, boolean>;

/** Anything missing or malformed reads as "on": the integration is what the user installed us for. */
export function parseSiteSwitches(stored: unknown): SiteSwitches {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(SITE_IDS.map((id) => [id, value[id] !== false])) as SiteSwitches;
}
