import type { MailFixture, OutlookFixture } from '../../fixtures/fixture-api';

export interface ComposeRequest {
  /** The fixture method that opens the compose, e.g. 'openReply'; none to take the page's own first compose. */
  open?: string;
  arg?: string;
}

/**
 * Runs in a Gmail or Outlook fixture page: pass it to `page.evaluate` (Playwright or puppeteer).
 * Opens a compose through the fixture, or takes the first of those the page opens by itself from
 * its query string (which are not there yet at load), and resolves with its id once it has
 * rendered. The driver sends only this function's source to the page, so it uses nothing else.
 */
export async function composeInPage(request: ComposeRequest): Promise<string> {
  const fixture = (window as unknown as { fixture: MailFixture & Record<string, unknown> }).fixture;
  const id = request.open ? (fixture[request.open] as (arg?: string) => string)(request.arg) : (await fixture.opened())[0];
  if (!id) throw new Error(`${location.href} opened no compose`);
  await fixture.ready(id);
  return id;
}

/** What the compose body's roosterjs editor holds (Outlook fixtures), read in the page. */
export interface EditorState {
  modelText: string;
  /** Each undo snapshot's text, oldest first, and the index of the current one. */
  snapshots: { texts: string[]; current: number };
  /** The source of each content-changed event roosterjs raised. */
  changes: string[];
}

/** Runs in an Outlook fixture page (`page.evaluate(editorInPage, id)`): the roosterjs editor's state, or null without one. */
export function editorInPage(id: string): EditorState | null {
  const fixture = (window as unknown as { fixture: OutlookFixture }).fixture;
  const editor = fixture.editorOf(id);
  return editor ? { modelText: editor.modelText(), snapshots: editor.snapshots(), changes: [...editor.changes] } : null;
}
