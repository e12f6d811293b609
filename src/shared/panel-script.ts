/**
 * The file of the script a mail page gets once a compose shows (the panel, its features, insertion), which
 * the worker injects on the content script's request; the build emits it under this name.
 */
export const PANEL_SCRIPT_FILE = 'panel.js';
