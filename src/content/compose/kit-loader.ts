import { send } from '../../shared/messages';
import { PANEL_KIT_GLOBAL, type PanelKit } from '../on-first-use/kit';

let loading: Promise<PanelKit> | null = null;

const loaded = () => (globalThis as Record<string, unknown>)[PANEL_KIT_GLOBAL] as PanelKit | undefined;

/**
 * The panel's script (panel.js), asked of the worker once per page: it injects the file into this
 * frame's isolated world, where it leaves its kit on the global. A failed load is asked for again
 * on the next intent (the worker may just have been stopped).
 */
export function loadPanelKit(): PanelKit | Promise<PanelKit> {
  const ready = loaded();
  if (ready) return ready;
  loading ??= send('ui/panel-script', {}).then(() => {
    const kit = loaded();
    if (!kit) throw new Error('its panel did not load.');
    return kit;
  });
  loading.catch(() => (loading = null));
  return loading;
}
