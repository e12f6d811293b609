import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '../core/errors';
import { SITES, type SiteId } from '../core/sites';
import { readLocal, watchLocal, writeLocal } from '../shared/extension-api';
import { parseSiteSwitches, SITE_SWITCHES_KEY, type SiteSwitches } from '../shared/site-switches';
import type { PageStatus } from '../shared/messages';
import { DETECTION_TEXT, detection, loadPageStatus } from './settings/pageStatus';
import { SettingsSection } from './settings/SettingsSection';

/**
 * One switch per mail site. Open mail tabs apply a change at once (their content script watches the
 * same storage key), so turning a site off needs no reload of the page or the extension. Under the
 * site of the mail tab the settings speak for: whether its composes were recognised on that page.
 */
export function SitesSettings() {
  const [switches, setSwitches] = useState<SiteSwitches | null>(null);
  const [error, setError] = useState('');
  const [page, setPage] = useState<PageStatus | null>(null);

  useEffect(() => {
    void loadPageStatus().then(setPage);
  }, []);

  useEffect(() => {
    const stop = new AbortController();
    readLocal(SITE_SWITCHES_KEY).then(
      (stored) => setSwitches(parseSiteSwitches(stored)),
      (reason: unknown) => setError(String(reason)),
    );
    watchLocal(SITE_SWITCHES_KEY, (stored) => setSwitches(parseSiteSwitches(stored)), stop.signal);
    return () => stop.abort();
  }, []);

  async function toggle(site: SiteId, on: boolean) {
    if (!switches) return;
    const next = { ...switches, [site]: on };
    setSwitches(next);
    setError('');
    try {
      await writeLocal(SITE_SWITCHES_KEY, next);
    } catch (reason) {
      setSwitches(switches);
      setError(messageOf(reason));
    }
  }

  return (
    <SettingsSection id="sites" title="Mail sites">
      <p>Show the Remote Pitch button in the compose window of these sites. Changes apply to open tabs at once.</p>
      {SITES.map(({ id: site, label }) => {
        const found = page?.site === site && page.on ? detection(page) : null;
        return (
          <div key={site}>
            <label class="site-switch">
              <input
                type="checkbox"
                role="switch"
                name={site}
                data-testid="rp-site-switch"
                checked={switches?.[site] ?? true}
                disabled={!switches}
                aria-describedby={found ? `rp-site-status-${site}` : undefined}
                onChange={(event) => void toggle(site, event.currentTarget.checked)}
              />
              {label}
            </label>
            {found && <p class="site-status" id={`rp-site-status-${site}`} data-testid="rp-site-status" data-site={site} data-status={found} role="status">{DETECTION_TEXT[found]}</p>}
          </div>
        );
      })}
      {error && <p role="alert" data-testid="rp-error">{error}</p>}
    </SettingsSection>
  );
}
