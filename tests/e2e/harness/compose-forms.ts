import type { ComposeRequest } from './fixture-page';

/** One way a compose opens on a fixture page: `open` is the fixture method, none for pop-outs, which open on load. */
export interface ComposeForm extends ComposeRequest {
  name: string;
  url: string;
  /** Gmail's body keeps the browser's undo; Outlook's is roosterjs, with its own. */
  editor: 'browser' | 'roosterjs';
}

/** Every compose form of both sites, on every kind of host they are served from. */
export const COMPOSE_FORMS: readonly ComposeForm[] = [
  { name: 'Gmail new message window', url: 'https://mail.google.com/', open: 'openCompose', editor: 'browser' },
  { name: 'Gmail inline reply', url: 'https://mail.google.com/', open: 'openReply', arg: 'reply', editor: 'browser' },
  { name: 'Gmail inline forward', url: 'https://mail.google.com/', open: 'openReply', arg: 'forward', editor: 'browser' },
  { name: 'Gmail full screen', url: 'https://mail.google.com/', open: 'openFullscreen', editor: 'browser' },
  { name: 'Gmail pop-out window', url: 'https://mail.google.com/popout', editor: 'browser' },
  { name: 'Outlook new mail', url: 'https://outlook.office.com/', open: 'openCompose', editor: 'roosterjs' },
  { name: 'Outlook inline reply', url: 'https://outlook.live.com/', open: 'openReply', editor: 'roosterjs' },
  { name: 'Outlook pop-out window', url: 'https://outlook.office365.com/popout', editor: 'roosterjs' },
  { name: 'Outlook new mail on outlook.cloud.microsoft', url: 'https://outlook.cloud.microsoft/', open: 'openCompose', editor: 'roosterjs' },
];

/** A form's page with a query parameter added, e.g. the interface language. */
export function withQuery(form: ComposeForm, name: string, value: string): string {
  const url = new URL(form.url);
  url.searchParams.set(name, value);
  return url.href;
}
