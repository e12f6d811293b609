import { send } from '../../shared/messages';
import { PANEL_KIT_GLOBAL, type PanelKit } from '../on-first-use/kit';

const loaded = () => (globalThis as Record<string, unknown>)[PANEL_KIT_GLOBAL] as PanelKit | undefined;

/**
 * The panel's script (panel.js), asked of the worker: it injects the file into this frame's
 * isolated world, where it leaves its kit on the global (there already when the user switched the
 * site off and on again).
 */
export function loadPanelKit(): PanelKit | Promise<PanelKit> {
  return loaded() ?? send('ui/panel-script', {}).then(() => {
    const kit = loaded();
    if (!kit) throw new Error('its panel did not load.');
    return kit;
  });
}
