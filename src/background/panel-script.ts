import { messageOf } from '../core/errors';
import { siteForHost } from '../core/sites';
import type { Reply } from '../shared/messages';
import { PANEL_SCRIPT_FILE } from '../shared/panel-script';
import { checkRequest } from './requests';

/** The one call of `scripting` the worker makes. */
export interface Scripting {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

/** Who sent a message, as the runtime reports it (never what the message claims). */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

const onMailSite = (url: string | undefined) => {
  try {
    return url !== undefined && new URL(url).protocol === 'https:' && siteForHost(new URL(url).hostname) !== undefined;
  } catch {
    return false;
  }
};

/**
 * `ui/panel-script`: puts the panel's script into the very frame whose content script asked, in the
 * content scripts' isolated world, and nowhere else. The request carries nothing, so a mail page
 * (or anything that could make our content script ask) cannot aim it at another tab or frame, and
 * only a frame on one of the registered mail sites gets it.
 */
export async function injectPanelScript(scripting: Scripting, message: unknown, sender: Sender): Promise<Reply<true>> {
  const checked = checkRequest('ui/panel-script', message);
  if (!checked.ok) return checked;
  const tabId = sender.tab?.id;
  const { frameId } = sender;
  if (tabId === undefined || frameId === undefined || !onMailSite(sender.url)) {
    return { ok: false, error: 'Only the Remote Pitch button in a Gmail or Outlook compose loads its panel.' };
  }
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PANEL_SCRIPT_FILE] });
    return { ok: true, value: true };
  } catch (error) {
    // Firefox lets the user take a site's access away from an add-on; the page keeps our old script.
    return { ok: false, error: `Remote Pitch may no longer run on this site (${messageOf(error)}). Allow it for this site in the browser's extension settings, then reload the page.` };
  }
}
