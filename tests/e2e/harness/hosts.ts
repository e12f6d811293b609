/** The hosts the manifest's content script matches; the browser is told they live on our server. */
export const MAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] as const;

/** A host the extension must leave alone. */
export const OTHER_HOST = 'www.example.org';

/** Which folder of tests/fixtures/ serves a host. */
export function fixtureFolder(host: string): string {
  if (host === 'mail.google.com') return 'gmail';
  if (host.startsWith('outlook.')) return 'outlook';
  return 'other';
}
