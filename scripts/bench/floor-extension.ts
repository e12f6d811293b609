import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, type ExtensionSession } from '../../tests/e2e/harness/extension';

/**
 * The floor under "click → first suggestion": an MV3 extension that does nothing but the round
 * trip. Its content script puts a button on Gmail's page; a click asks its worker, whose script is
 * one listener, and the answer is put on the page. Whatever this takes on a machine, the browser
 * spends on any extension (waking the worker included), before our own work. Its `page.html` is
 * the same floor under the popup: a page of the extension with nothing in it, which notes in its
 * title when its first frame is out.
 */
function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rp-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Round-trip floor',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content.js'], run_at: 'document_end' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'page.html'), '<!doctype html><meta charset="utf-8"><title>Floor</title><script src="page.js"></script>\n');
  writeFileSync(join(dir, 'page.js'), "requestAnimationFrame(() => setTimeout(() => { document.title = `painted ${performance.now()}`; }));\n");
  writeFileSync(join(dir, 'worker.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true, value: [] }); });\n');
  writeFileSync(
    join(dir, 'content.js'),
    [
      "const button = document.createElement('button');",
      "button.dataset.testid = 'floor-launcher';",
      "button.textContent = 'Ask';",
      "button.style.cssText = 'position:fixed;top:8px;right:8px;z-index:2147483647';",
      "button.addEventListener('click', () => chrome.runtime.sendMessage({ type: 'points/list' }).then(() => {",
      "  const answer = document.createElement('div');",
      "  answer.dataset.floorAnswer = '';",
      "  answer.textContent = 'answered';",
      '  document.body.append(answer);',
      '}));',
      'document.body.append(button);',
    ].join('\n'),
  );
  return dir;
}

/** Runs `use` with a browser that has only the floor extension loaded, and removes it after. */
export async function withFloorExtension<T>(use: (session: ExtensionSession) => Promise<T>): Promise<T> {
  const dist = writeFloorExtension();
  try {
    const session = await launchExtension({ dist });
    try {
      return await use(session);
    } finally {
      await session.close();
    }
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
