import type { Compose, LauncherSlot, SiteAdapter } from '../site-kit/adapter';
import { isDarkColour, paintedBackground, textColour } from '../site-kit/theme';
import { afterSendGroup, cellOf, firstIn } from '../site-kit/lookup';

/**
 * Everything this extension assumes about Gmail's DOM (facts and sources: shared/design/COMPOSE.md §1).
 * Each entry says why it is the stable choice; lists are tried in order, first hit wins.
 * Short class names (`M9`, `btC`, `Up`) are Gmail's obfuscated ones: used only where no role,
 * name or editor attribute marks the place, and never as the only way in.
 *
 * Every compose form shares one tree under `.M9`: the floating new-message windows (several at
 * once), inline reply and forward in a thread, full screen, and the pop-out window.
 * Try it on: Compose twice; a thread → Reply, then Forward; a compose's full-screen button;
 * Shift+click Compose or "Pop out reply" (opens a `/popout` window).
 */
const GMAIL = {
  body: [
    // Closure's editor stamps g_editable on the field it owns; role and contenteditable leave out the
    // hidden plain-text textarea and every read-only message. No class names, no locale.
    '[g_editable="true"][contenteditable="true"][role="textbox"]',
    // If Gmail ever drops g_editable: the body div's class set, unchanged from 2019 snapshots to now.
    'div.Am.Al.editable[contenteditable="true"]',
    // Last resort, English UI only: the label is translated ("Cuerpo del mensaje", "메일 본문").
    'div[aria-label="Message Body"][contenteditable="true"]',
  ],
  root: [
    // The compose's own container in every form (window, inline reply, full screen, pop-out);
    // gmail.js, Briskine and InboxSDK all walk up to it.
    '.M9',
    // If `.M9` is renamed: the region that holds fields, body and toolbar (`.aoI`, inside `.M9`), or
    // the window's dialog, or a form.
    '[role="region"], [role="dialog"], form',
  ],
  // Only in a standalone compose window (pop-out, old `?view=cm`) is the whole main area one compose.
  standaloneRoot: '[role="main"]',
  // What makes a root a compose rather than another Closure editor (the settings page's signature
  // editor is one): its hidden compose id, its subject box or its toolbar row.
  composeMarker: 'input[name="composeid"], input[name="subjectbox"], tr.btC',
  // The compose's bottom row (Send, formatting, attach, discard) is a table row; no role marks it.
  // Fallback: whatever row holds the Send button.
  toolbarRow: 'tr.btC',
  // The formatting-options cell right after Send: InboxSDK puts its buttons before it, so Gmail's own
  // layout already tolerates a cell there. Fallback: right after the Send cell.
  formattingCell: 'td.oc',
  sendButton: [
    // Send is the button in the `.Up` cell that opens no menu (its neighbour opens "More send options").
    '.Up [role="button"]:not([aria-haspopup="true"])',
    // Send's own classes, unchanged since the 2019 snapshots.
    '.T-I.aoO[role="button"]',
    // Last resort, English only: the label is translated ("Senden", "送信"), and prefix-matched
    // because the shortcut follows in bidi marks: "Send ‪(Ctrl-Enter)‬".
    '[role="button"][data-tooltip^="Send"], [role="button"][aria-label^="Send"]',
  ],
  // Send's other half, "More send options": the launcher goes after the two, never between them.
  sendMenu: '[role="button"][aria-haspopup="true"]',
  // Gmail's hidden form field naming this compose; it rides along when the compose moves to full screen.
  composeIdField: 'input[name="composeid"]',
  // The draft's id (`#msg-a:r…`) once the draft is saved; "undefined" before.
  draftIdField: 'input[name="draft"]',
  quoted: [
    // The quoted message of a reply or forward, in drafts and in sent mail (older and newer class
    // names). Not every blockquote: Gmail's indent button makes one around the user's own words.
    '.gmail_quote',
    '.gmail_quote_container',
    '.gmail_extra',
    // The "-- " line Gmail puts before the signature.
    '.gmail_signature_prefix',
  ],
  // The signature block Gmail inserts.
  signature: '.gmail_signature',
  // The old standalone compose window marks its body this way (`?view=cm`).
  standaloneBody: 'body.xE.xp',
  // Navigation labels: InboxSDK reads Gmail's theme from their text colour, which every theme sets
  // (picture themes paint the background with an image, so its colour says little).
  themeText: '.aio',
  // Without the navigation (pop-out window): the colour painted behind the main area.
  themeBackground: '[role="main"]',
} as const;

const BODY = GMAIL.body.join(', ');
const KEY_FIELDS = [
  { field: GMAIL.composeIdField, prefix: 'compose' },
  { field: GMAIL.draftIdField, prefix: 'draft' },
] as const;

function isStandalone(doc: Document): boolean {
  // The 2023 pop-out windows live at …/popout.
  return doc.location.pathname.endsWith('/popout') || doc.querySelector(GMAIL.standaloneBody) !== null;
}

function rootOf(body: HTMLElement): HTMLElement | null {
  for (const selector of GMAIL.root) {
    const root = body.closest<HTMLElement>(selector);
    if (root?.querySelector(GMAIL.composeMarker)) return root;
  }
  if (!isStandalone(body.ownerDocument)) return null;
  const main = body.closest<HTMLElement>(GMAIL.standaloneRoot);
  return main?.querySelector(GMAIL.composeMarker) ? main : null;
}

function launcherSlot({ root }: Compose): LauncherSlot | null {
  const send = firstIn(root, GMAIL.sendButton);
  const row = root.querySelector(GMAIL.toolbarRow);
  if (!row) {
    // A toolbar that is no `tr.btC` any more (a redesign): right after Send's group, in its row.
    return send ? afterSendGroup(root, send, (half) => half.matches(GMAIL.sendMenu)) : null;
  }
  const formatting = Array.from(row.children).find((cell) => cell.matches(GMAIL.formattingCell));
  if (formatting) return { parent: row, before: formatting, wrapperTag: 'td' };
  const sendCell = send && row.contains(send) ? cellOf(row, send) : null;
  return { parent: row, before: sendCell ? sendCell.nextSibling : null, wrapperTag: 'td' };
}

function composeKey({ root }: Compose): string | null {
  for (const { field, prefix } of KEY_FIELDS) {
    const value = root.querySelector<HTMLInputElement>(field)?.value.trim();
    if (value && value !== 'undefined') return `${prefix}:${value}`;
  }
  return null;
}

function isDark(doc: Document): boolean {
  const nav = doc.querySelector(GMAIL.themeText);
  const text = nav ? textColour(nav) : null;
  if (text) return !isDarkColour(text);
  const area = doc.querySelector(GMAIL.themeBackground) ?? doc.body;
  const background = paintedBackground(area);
  return background ? isDarkColour(background) : false;
}

const gmail: SiteAdapter = {
  id: 'gmail',
  selectors: GMAIL,
  bodySelector: BODY,
  composeOf(body) {
    if (!body.matches(BODY)) return null;
    const root = rootOf(body);
    return root ? { root, body } : null;
  },
  launcherSlot,
  composeKey,
  draft: { drop: GMAIL.quoted, signatures: [GMAIL.signature], historyStarts: [] },
  isDark,
};

export default gmail;
