/**
 * The mail sites' own "new message" addresses with the subject and body filled in: opened in a new
 * tab, they make the site itself open a compose holding the draft. The extension requests nothing;
 * the browser simply navigates there, signed in as the user already is.
 *
 * Formats (neither site documents them officially; both are widely used and stable for years):
 * - Gmail: `https://mail.google.com/mail/?view=cm&fs=1&su=<subject>&body=<body>`: the compose
 *   view (`cm`) full screen (`fs=1`); `su` is Gmail's name for the subject.
 * - Outlook on the web: `https://<host>/mail/deeplink/compose?subject=<subject>&body=<body>`, on
 *   outlook.office.com for work and school accounts and outlook.live.com for Outlook.com ones.
 * Values are percent-encoded with `%20` for spaces: Outlook turns `+` into a literal plus when it
 * sends a signed-out user through its login redirect.
 */

export const COMPOSE_TARGETS = ['gmail', 'outlook-work', 'outlook-personal'] as const;
export type ComposeTarget = (typeof COMPOSE_TARGETS)[number];

const BASES: Readonly<Record<ComposeTarget, { url: string; subject: string }>> = {
  gmail: { url: 'https://mail.google.com/mail/?view=cm&fs=1', subject: 'su' },
  'outlook-work': { url: 'https://outlook.office.com/mail/deeplink/compose?', subject: 'subject' },
  'outlook-personal': { url: 'https://outlook.live.com/mail/deeplink/compose?', subject: 'subject' },
};

/**
 * The longest address we open. Reported limits: Gmail answered "400 Bad Request"/413 for compose
 * URLs from about 6 400 characters (it counts the request headers, cookies included, against the
 * same limit), and its mailto handler has been seen to cut bodies past about 4 KB; Outlook's
 * deeplink was long quoted at about 2 000 characters, measured in 2026 near 31 000, but a signed-out
 * user is redirected with the whole address base64-encoded inside another (a third longer). 4 000
 * stays clear of all of these; a longer draft goes in through the compose panel instead.
 */
export const COMPOSE_LINK_LIMIT = 4000;

export interface ComposeLink {
  url: string;
  /** False when the draft was too long for an address: `url` then opens a compose with the subject only. */
  withBody: boolean;
  /** Characters the address with the body would have had. */
  fullLength: number;
}

function address(target: ComposeTarget, subject: string, body?: string): string {
  const base = BASES[target];
  const join = base.url.endsWith('?') ? '' : '&';
  const parts = [`${base.subject}=${encodeURIComponent(subject)}`];
  if (body !== undefined) parts.push(`body=${encodeURIComponent(body.replace(/\r\n?/g, '\n'))}`);
  return `${base.url}${join}${parts.join('&')}`;
}

export function composeLink(target: ComposeTarget, subject: string, body: string): ComposeLink {
  const full = address(target, subject, body);
  if (full.length <= COMPOSE_LINK_LIMIT) return { url: full, withBody: true, fullLength: full.length };
  return { url: address(target, subject), withBody: false, fullLength: full.length };
}
