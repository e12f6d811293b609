import type { Compose, LauncherSlot, SiteAdapter } from '../site-kit/adapter';
import { isDarkColour, paintedBackground } from '../site-kit/theme';
import { afterSendGroup, cellOf, firstIn } from '../site-kit/lookup';

/**
 * Everything this extension assumes about Outlook on the web's DOM (facts and sources:
 * shared/design/COMPOSE.md §2). Each entry says why it is the stable choice; lists are tried in
 * order, first hit wins. Outlook's class names are build hashes (`dFCbN k1Ttj`) and change with
 * every release, so nothing here uses them.
 *
 * The same app serves all three hosts. Forms: new mail and inline reply (both docked composes,
 * `docking_InitVisiblePart_<n>`, several at once), and the pop-out window (`Form_Content`).
 * Try it on: New mail; a message → Reply, then Forward; a compose's "Open in new window".
 */
const OUTLOOK = {
  body: [
    // The body is the compose's only multiline textbox (a roosterjs editor): To/Cc wells are
    // single-line comboboxes, the subject is an input, received mail is a read-only role=document.
    // The settings page's signature editor is built the same way; its English label is excluded
    // here, and composeOf's need for a compose around the body keeps out the translated ones.
    '[contenteditable="true"][role="textbox"][aria-multiline="true"]:not([aria-label^="Signature"])',
    // If the role is ever dropped: the editor is the only child of its `editorParent_<n>` holder.
    '[id^="editorParent_"] > [contenteditable="true"]:not([aria-label^="Signature"])',
  ],
  root: [
    // A docked compose (new mail, inline reply) is `docking_InitVisiblePart_<n>`; the pop-out window's
    // form is `Form_Content`. The reading pane has its own MSG_* fields, so lookups must stay inside.
    '[id^="docking_InitVisiblePart_"], [data-app-section="Form_Content"]',
  ],
  // If both are renamed: the nearest ancestor holding a Send button and no other body, below the main
  // area (which holds several composes and the reading pane, so is never a root itself).
  rootLimit: '[role="main"]',
  sendButton: [
    // Fluent names each icon in `data-icon-name`, in every language (Mailvelope finds Outlook's
    // controls this way); Send's is the paper plane.
    'button:has([data-icon-name="SendRegular"], [data-icon-name="SendFilled"], [data-icon-name="Send"])',
    // Send is a Fluent split button whose halves are `<id>__primaryActionButton` and `__menuButton`;
    // `<id>` changes per load ("splitButton-ro", "splitButton-send"), the suffix has not. It is the
    // first split button of the form, in its top row.
    'button[id$="__primaryActionButton"]',
    // Last resort, English only: the label is translated ("Senden", "Envoyer").
    'button[aria-label="Send"]',
  ],
  // The other half of Send's split button: the two sit in one wrapper, which the launcher goes after.
  splitMenuHalf: [
    'button[id$="__menuButton"]',
    // Without ids: the half beside Send that opens the send options menu.
    'button[aria-haspopup="menu"]',
  ],
  // Pop-out forms put the Send row in a toolbar; take the whole toolbar as the row then.
  toolbar: '[role="toolbar"]',
  // The pop-out has no docking slot; its fields' ids carry the draft form's own hex, `MSG_<hex>_TO`.
  formField: '[id^="MSG_"]',
  historyStarts: [
    // Outlook starts a reply's quoted part with this empty marker (then an <hr> and the header), and
    // puts the quoted message after it as siblings of the draft, not inside a container.
    '#appendonsend',
    // The From/Sent/To/Subject header block of the quoted message.
    '#divRplyFwdMsg',
  ],
  signatures: [
    // The signature Outlook on the web inserts into new mail and replies.
    '#Signature',
    // The Outlook apps' "Get Outlook for…" line, in a draft continued on the web.
    '#ms-outlook-mobile-signature',
  ],
  // Outlook themes paint the main area; without it, the page.
  themeBackground: '[role="main"]',
} as const;

const BODY = OUTLOOK.body.join(', ');
// A docked compose's slot number, which stays while the compose is open, whatever re-renders.
const DOCKING_ID = /^docking_InitVisiblePart_(\d+)$/;
const FORM_FIELD_ID = /^MSG_([0-9a-z]+)_/i;

function rootOf(body: HTMLElement): HTMLElement | null {
  for (const selector of OUTLOOK.root) {
    const root = body.closest<HTMLElement>(selector);
    if (root) return root;
  }
  const page = body.ownerDocument.body;
  for (let at = body.parentElement; at && at !== page && !at.matches(OUTLOOK.rootLimit); at = at.parentElement) {
    if (!firstIn(at, OUTLOOK.sendButton)) continue;
    // Climbing past a compose into a shared container would scope lookups to the wrong compose.
    return at.querySelectorAll(BODY).length === 1 ? at : null;
  }
  return null;
}

const isMenuHalf = (button: Element) => OUTLOOK.splitMenuHalf.some((selector) => button.matches(selector));

function launcherSlot({ root }: Compose): LauncherSlot | null {
  const send = firstIn(root, OUTLOOK.sendButton);
  if (!send) return null;
  const toolbar = send.closest(OUTLOOK.toolbar);
  if (toolbar && root.contains(toolbar)) {
    const group = cellOf(toolbar, send);
    return group ? { parent: toolbar, before: group.nextSibling, wrapperTag: 'div' } : null;
  }
  return afterSendGroup(root, send, isMenuHalf);
}

function composeKey({ root }: Compose): string | null {
  const slot = DOCKING_ID.exec(root.id)?.[1];
  if (slot !== undefined) return `docking:${slot}`;
  const field = root.querySelector(OUTLOOK.formField);
  const form = field ? FORM_FIELD_ID.exec(field.id)?.[1] : undefined;
  return form === undefined ? null : `form:${form}`;
}

function isDark(doc: Document): boolean {
  const area = doc.querySelector(OUTLOOK.themeBackground) ?? doc.body;
  const background = paintedBackground(area);
  return background ? isDarkColour(background) : false;
}

const outlook: SiteAdapter = {
  id: 'outlook',
  selectors: OUTLOOK,
  bodySelector: BODY,
  composeOf(body) {
    if (!body.matches(BODY)) return null;
    const root = rootOf(body);
    return root ? { root, body } : null;
  },
  launcherSlot,
  composeKey,
  draft: { drop: [], signatures: OUTLOOK.signatures, historyStarts: OUTLOOK.historyStarts },
  // The body is roosterjs, which keeps its own undo snapshots and answers Ctrl+Z from them: only
  // what it is handed through its paste handling becomes an undo step and a content-changed event.
  insertFirst: 'paste',
  isDark,
};

export default outlook;
