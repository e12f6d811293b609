import { FEATURES } from '../features';
import { PANEL_KIT_GLOBAL } from './kit';
import { panelKit } from './open-panel';

/**
 * Entry of panel.js, the script the worker injects into a mail page's isolated world the first time
 * the user shows they want the panel (or types in a compose, for the coach's badge): everything
 * that is not needed before then, kept out of the script every mail page loads.
 */
(globalThis as Record<string, unknown>)[PANEL_KIT_GLOBAL] = panelKit(FEATURES);
