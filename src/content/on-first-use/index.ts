import { FEATURES } from '../features';
import { message } from '../../shared/extension-api';
import { panelStyles } from '../compose/panel-host';
import { PANEL_KIT_GLOBAL } from './kit';
import { panelKit } from './open-panel';

/**
 * Entry of panel.js, the script the worker injects into a mail page's isolated world once a compose
 * shows (when the page is next idle, or sooner when the user reaches for the panel or the draft has
 * text for the coach): everything a mail page with no compose open never needs, kept out of the
 * script every mail page loads.
 */
(globalThis as Record<string, unknown>)[PANEL_KIT_GLOBAL] = panelKit(FEATURES);
// A page's first read of our messages fetches their whole catalog (~10 ms): done now, as the page
// is idle or the user reaches for the launcher, rather than in the panel's first draw.
message('extName');
// Likewise the panel's styles, without which a first open shows nothing until they come.
panelStyles().catch(() => undefined);
