import type { DraftKind } from '../../../core/draft/saved-draft';
import { send } from '../../../shared/messages';
import { build } from '../../ui/element';
import type { ComposeFeature } from '../feature';

/**
 * Whole drafts the user built in the popup (the request; the recap after the meeting), offered in
 * the panel and inserted at the caret with the same rules as a point. The service worker draws the
 * section; the drafts' text stays in this script's own world, out of the page's reach, until the
 * user presses a button (whose value names the draft). Written tight: every byte here is in the
 * script each mail page loads.
 */
export const drafts: ComposeFeature = {
  init: (compose, signal) => compose.on('panel-open', ({ section, insert }) => void send('drafts/list', {}).then(([view, drafts]) => {
    section.append(build(section.ownerDocument, view));
    // A property, not a listener: the section goes away with the panel, and the handler with it.
    section.onclick = (event) => {
      // The buttons hold nothing but their label, so a press on one targets the button itself.
      const kind = (event.target as HTMLButtonElement).value as DraftKind | 'recap';
      const draft = drafts[kind];
      // Only the user's own press inserts: a page script can reach into our open shadow root and click.
      if (draft && event.isTrusted) insert({ ...draft, draft: kind });
    };
    // No answer, or one this script can't draw: the panel simply goes without the drafts.
  }).catch(() => undefined), signal),
};

/*
 * Try it on: any compose in Gmail or Outlook on the web. Build a draft in the popup's Draft tab,
 * then open the panel here and press "Insert full draft": it goes in at the caret, and a fill-in the
 * profile lacks is asked for first.
 */
