/**
 * Alt+Shift+P, the keys of the manifest's `open-panel` command. The browser delivers the command
 * when it is bound; the content script checks the same keys itself for when it is not (taken by
 * another extension, or not bound, as in headless Chromium), and the open panel closes on them.
 */
export function isShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';
}
