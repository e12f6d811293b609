import { isPageStatus, type PageStatus } from '../../shared/messages';
import { extensionApi, mailTabId } from '../../shared/extension-api';

/**
 * What the mail tab the settings speak for recognises on its page (its content script answers
 * `page/status`), or null on any other page: the user can tell us what broke when a site changed.
 */
export async function loadPageStatus(): Promise<PageStatus | null> {
  try {
    const id = await mailTabId();
    const answer = id === undefined ? undefined : await extensionApi()?.tabs?.sendMessage?.(id, { type: 'page/status' });
    return isPageStatus(answer) ? answer : null;
  } catch {
    // No content script there: not a mail page, or one opened before the extension was.
    return null;
  }
}

export type Detection = 'working' | 'partial' | 'none';

export function detection({ composes, onBody }: PageStatus): Detection {
  if (composes === 0) return 'none';
  return onBody > 0 ? 'partial' : 'working';
}

export const DETECTION_TEXT: Record<Detection, string> = {
  working: 'Working on this page: the button is next to Send in every compose.',
  partial: 'Partly detected on this page: a compose was found, but not its toolbar, so the button sits on the message body.',
  none: 'Not detected on this page: no compose found. Open one; if it still gets no button, the site has changed.',
};
