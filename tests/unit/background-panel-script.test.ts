import { describe, expect, it, vi } from 'vitest';
import { injectPanelScript, type Scripting } from '../../src/background/panel-script';

const MAIL_FRAME = { tab: { id: 7 }, frameId: 3, url: 'https://mail.google.com/mail/u/0/#inbox' };

function scripting(fails?: Error): Scripting & { executeScript: ReturnType<typeof vi.fn> } {
  return { executeScript: vi.fn(async () => (fails ? Promise.reject(fails) : [{ result: undefined }])) };
}

describe('injecting the panel script', () => {
  it('puts panel.js into the asking frame of the asking tab, and nowhere else', async () => {
    const api = scripting();
    expect(await injectPanelScript(api, { type: 'ui/panel-script' }, MAIL_FRAME)).toEqual({ ok: true, value: true });
    expect(api.executeScript).toHaveBeenCalledTimes(1);
    expect(api.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['panel.js'] });
  });

  it('refuses a request that names a target of its own, without injecting', async () => {
    const api = scripting();
    const reply = await injectPanelScript(api, { type: 'ui/panel-script', tabId: 9, frameIds: [0] }, MAIL_FRAME);
    expect(reply.ok).toBe(false);
    expect(api.executeScript).not.toHaveBeenCalled();
  });

  it.each([
    ['an extension page (no tab)', { url: 'chrome-extension://abc/src/popup/index.html' }],
    ['a frame on another site', { ...MAIL_FRAME, url: 'https://mail.google.com.evil.example/' }],
    ['a mail host over plain http', { ...MAIL_FRAME, url: 'http://mail.google.com/' }],
    ['a sender without a frame', { tab: { id: 7 }, url: MAIL_FRAME.url }],
  ])('refuses %s', async (_what, sender) => {
    const api = scripting();
    const reply = await injectPanelScript(api, { type: 'ui/panel-script' }, sender);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/Gmail or Outlook compose/) });
    expect(api.executeScript).not.toHaveBeenCalled();
  });

  it('says what helps when the browser refuses (the site access taken away in Firefox)', async () => {
    const reply = await injectPanelScript(scripting(new Error('Missing host permission for the tab')), { type: 'ui/panel-script' }, MAIL_FRAME);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/Missing host permission.*Allow it for this site.*reload the page/) });
  });
});
