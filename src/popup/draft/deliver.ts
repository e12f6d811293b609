import { COMPOSE_LINK_LIMIT, composeLink, type ComposeTarget } from '../../core/draft/compose-links';
import { openTab } from '../app/openTab';
import { t } from '../i18n';

/** Where a finished email goes: a new Gmail or Outlook draft, or the clipboard. */
export type Destination = 'gmail' | 'outlook' | 'copy';

export interface Delivered {
  /** What to tell the user. */
  status: string;
  /** The clipboard refused: the caller selects the text for the user's own Ctrl+C. */
  copyFailed?: boolean;
}

/**
 * Sends an email on: copies it, or opens the mail site's compose address with it in a new tab (the
 * subject alone when the draft is too long for a link, with a word on how to put the text in).
 * A failure to open the tab is thrown for the caller to show.
 */
export async function deliver(to: Destination, subject: string, text: string, outlook: Extract<ComposeTarget, `outlook-${string}`>): Promise<Delivered> {
  if (to === 'copy') {
    try {
      await navigator.clipboard.writeText(text);
      return { status: t('draftCopied') };
    } catch {
      return { status: t('draftCopyFailed'), copyFailed: true };
    }
  }
  const site = to === 'gmail' ? 'Gmail' : 'Outlook';
  const link = composeLink(to === 'gmail' ? 'gmail' : outlook, subject, text);
  await openTab(link.url);
  return { status: link.withBody ? t('draftOpened', site) : t('draftTooLong', site, link.fullLength, COMPOSE_LINK_LIMIT) };
}
