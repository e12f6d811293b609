import { afterEach, describe, expect, it } from 'vitest';
import gmail from '../../src/content/sites/gmail';
import { draftTree } from '../../src/content/editor/draft-reading';
import { treeText } from '../../src/core/coach/draft-tree';
import type { Compose } from '../../src/content/site-kit/adapter';
import type { GmailFixture } from '../fixtures/fixture-api';
import { openFixturePage, type FixturePage } from '../fixtures/load-fixture';
import { siteProbe } from './site-probe';

let page: FixturePage<GmailFixture>;
afterEach(() => page.close());

function open(path = '/'): FixturePage<GmailFixture> {
  page = openFixturePage<GmailFixture>(`https://mail.google.com${path}`);
  return page;
}

const { bodies, body, compose } = siteProbe(gmail, () => page);

/** Puts a cell where the launcher would go, the way the content script will. */
function placeLauncher(target: Compose): HTMLElement {
  const slot = gmail.launcherSlot(target);
  if (!slot) throw new Error('no launcher slot');
  const cell = page.document.createElement(slot.wrapperTag);
  cell.dataset.remotePitch = '';
  slot.parent.insertBefore(cell, slot.before);
  return cell;
}

/** The body read with Gmail's draft rules, as the coach reads it: what the user wrote. */
function userText(target: HTMLElement): string {
  return treeText(draftTree(target, gmail.draft)).trim();
}

async function openEveryInboxForm(): Promise<Record<string, string>> {
  const { fixture } = open();
  const ids = {
    first: fixture.openCompose(),
    second: fixture.openCompose(),
    reply: fixture.openReply(),
    fullscreen: fixture.openFullscreen(),
  };
  await page.settle();
  return ids;
}

describe('gmail compose bodies', () => {
  it('are found only once Gmail has rendered them, a moment after the click', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    expect(bodies()).toEqual([]);
    await page.settle();
    expect(bodies()).toEqual([body(id)]);
  });

  it('match once per compose in every form, each inside its own compose', async () => {
    const ids = await openEveryInboxForm();
    expect(bodies()).toHaveLength(4);
    for (const id of Object.values(ids)) {
      const root = page.fixture.rootOf(id);
      expect(root?.querySelectorAll(gmail.bodySelector).length).toBe(1);
      expect(compose(id).root).toBe(root);
    }
    expect(compose(ids.reply ?? '').root.closest('.ip, .gA')).not.toBeNull();
    expect(compose(ids.fullscreen ?? '').root.closest('.aSs .aSt')).not.toBeNull();
  });

  it('match the pop-out window’s single compose', async () => {
    const { fixture } = open('/popout');
    await page.settle();
    const [id] = fixture.ids();
    expect(id).toBeDefined();
    expect(bodies()).toEqual([body(id ?? '')]);
    expect(compose(id ?? '').root).toBe(page.fixture.rootOf(id ?? ''));
  });

  it('match a forward as well as a reply', async () => {
    const { fixture } = open();
    const id = fixture.openReply('forward');
    await page.settle();
    expect(bodies()).toEqual([body(id)]);
    expect(compose(id).root).toBe(page.fixture.rootOf(id));
  });

  it('are the only editable things matched: not To, Subject, search, the hidden textarea or the read message', async () => {
    await openEveryInboxForm();
    const editable = page.document.querySelectorAll('input:not([type="hidden"]), textarea, [contenteditable]');
    const matched = Array.from(editable).filter((element) => element.matches(gmail.bodySelector));
    expect(new Set(matched)).toEqual(new Set(page.fixture.ids().map(body)));
    expect(editable.length).toBeGreaterThan(matched.length * 3);
    expect(page.document.querySelector('.a3s')?.matches(gmail.bodySelector)).toBe(false);
  });

  it('are still found when Gmail drops g_editable, through the editor classes', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    body(id).removeAttribute('g_editable');
    expect(bodies()).toEqual([body(id)]);
    body(id).className = 'renamed';
    // The English label is the last way in.
    expect(bodies()).toEqual([body(id)]);
    body(id).setAttribute('aria-label', 'Cuerpo del mensaje');
    expect(bodies()).toEqual([]);
  });

  it('come from any page with the fixture’s query string, pre-opened', async () => {
    open('/?compose=2&reply=1');
    await page.settle();
    expect(bodies()).toHaveLength(3);
  });
});

describe('gmail compose roots', () => {
  it('fall back to the compose region when Gmail renames .M9', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    fixture.rootOf(id)?.classList.remove('M9');
    const found = compose(id);
    expect(found.root.getAttribute('role')).toBe('region');
    expect(gmail.launcherSlot(found)).not.toBeNull();
  });

  it('fall back to the window’s dialog when the region is gone too', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    fixture.rootOf(id)?.classList.remove('M9');
    fixture.rootOf(id)?.querySelector('[role="region"]')?.removeAttribute('role');
    const found = compose(id);
    expect(found.root.getAttribute('role')).toBe('dialog');
    expect(gmail.launcherSlot(found)).not.toBeNull();
  });

  it('fall back to the main area in a pop-out window, where it holds one compose', async () => {
    const { fixture } = open('/popout');
    await page.settle();
    const [id = ''] = fixture.ids();
    fixture.rootOf(id)?.classList.remove('M9');
    fixture.rootOf(id)?.querySelector('[role="region"]')?.removeAttribute('role');
    expect(compose(id).root.getAttribute('role')).toBe('main');
  });

  it('are not the main area in the inbox, which holds the thread and other composes', async () => {
    const { fixture } = open();
    // An inline reply has no dialog around it: with `.M9` and the region gone, nothing is left to find.
    const id = fixture.openReply();
    await page.settle();
    fixture.rootOf(id)?.classList.remove('M9');
    fixture.rootOf(id)?.querySelector('[role="region"]')?.removeAttribute('role');
    expect(gmail.composeOf(body(id))).toBeNull();
  });

  it('are not made up for a Closure editor outside any compose (the settings signature editor)', () => {
    open();
    const settings = page.document.createElement('form');
    settings.innerHTML = '<div g_editable="true" contenteditable="true" role="textbox"></div>';
    page.document.querySelector('[role="main"]')?.append(settings);
    const editor = settings.firstElementChild as HTMLElement;
    expect(editor.matches(gmail.bodySelector)).toBe(true);
    expect(gmail.composeOf(editor)).toBeNull();
  });

  it('are refused for an element that is not a body', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    const subject = fixture.rootOf(id)?.querySelector<HTMLElement>('input[name="subjectbox"]');
    expect(subject && gmail.composeOf(subject)).toBeNull();
  });
});

describe('gmail launcher slot', () => {
  it('sits in each compose’s bottom row, right after Send, in every form', async () => {
    const ids = await openEveryInboxForm();
    for (const id of Object.values(ids)) {
      const target = compose(id);
      const cell = placeLauncher(target);
      expect(cell.tagName).toBe('TD');
      expect(cell.closest('tr.btC')?.closest('[data-fixture-compose]')).toBe(target.root);
      expect(cell.previousElementSibling?.textContent).toContain('Send');
    }
  });

  it('is in the pop-out window’s row too', async () => {
    const { fixture } = open('/popout');
    await page.settle();
    const cell = placeLauncher(compose(fixture.ids()[0] ?? ''));
    expect(cell.previousElementSibling?.textContent).toContain('Send');
  });

  it('follows the Send cell when the formatting cell is gone, and the Send button’s row when the row is renamed', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    const row = fixture.rootOf(id)?.querySelector('tr.btC');
    row?.querySelector('td.oc')?.remove();
    row?.classList.remove('btC');
    const cell = placeLauncher(compose(id));
    expect(cell.parentElement).toBe(row);
    expect(cell.previousElementSibling?.textContent).toContain('Send');
  });

  it('sits right after Send when the toolbar is no longer a table row', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    const root = fixture.rootOf(id);
    const row = root?.querySelector('tr.btC');
    const send = row?.querySelector('.Up [role="button"]');
    const bar = page.document.createElement('div');
    if (send) bar.append(send);
    // Rows gone from the compose altogether, Send in a plain bar at its end.
    row?.closest('table')?.remove();
    root?.append(bar);
    const cell = placeLauncher(compose(id));
    expect(cell.parentElement).toBe(bar);
    expect(cell.previousElementSibling).toBe(send);
  });

  it.each(['de', 'fr', 'ja', 'ar'])('sits before the formatting cell in every form with the interface in %s', async (lang) => {
    const { fixture } = open(`/?lang=${lang}`);
    const ids = [fixture.openCompose(), fixture.openReply(), fixture.openFullscreen()];
    await page.settle();
    for (const id of ids) {
      const cell = placeLauncher(compose(id));
      expect(cell.nextElementSibling?.matches('td.oc')).toBe(true);
      expect(cell.previousElementSibling?.querySelector('.T-I.aoO')).not.toBeNull();
    }
  });

  it('sits right after Send and its ▾ half when the toolbar is rows of divs', async () => {
    const { fixture } = open('/?drift=row');
    const id = fixture.openCompose();
    await page.settle();
    const cell = placeLauncher(compose(id));
    expect(cell.tagName).toBe('DIV');
    expect(cell.parentElement?.classList.contains('btC')).toBe(true);
    expect(cell.previousElementSibling?.querySelectorAll('[role="button"]')).toHaveLength(2);
    expect(cell.nextElementSibling?.classList.contains('oc')).toBe(true);
  });

  it('is null when nothing marks the toolbar or Send, though the body and its compose are still found', async () => {
    const { fixture } = open('/?drift=nosend');
    const id = fixture.openCompose();
    await page.settle();
    expect(compose(id).root).toBe(fixture.rootOf(id));
    expect(gmail.launcherSlot(compose(id))).toBeNull();
  });

  it('is null, not thrown, when the toolbar is missing', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    fixture.rootOf(id)?.querySelector('.aDh')?.replaceChildren();
    expect(gmail.launcherSlot(compose(id))).toBeNull();
  });

  it('is found in the new row after Gmail rebuilds the toolbar, which drops what was added', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    const first = placeLauncher(compose(id));
    fixture.rerender(id);
    expect(first.isConnected).toBe(false);
    const again = placeLauncher(compose(id));
    expect(again.isConnected).toBe(true);
    expect(again.previousElementSibling?.textContent).toContain('Send');
  });
});

describe('gmail compose key', () => {
  it('differs per compose and survives re-renders and the move to full screen', async () => {
    const { fixture } = open();
    const [a, b] = [fixture.openCompose(), fixture.openCompose()];
    await page.settle();
    const key = gmail.composeKey(compose(a));
    expect(key).toBe(`compose:${a}`);
    expect(gmail.composeKey(compose(b))).not.toBe(key);
    fixture.rerender(a);
    expect(gmail.composeKey(compose(a))).toBe(key);
    fixture.maximize(a);
    expect(compose(a).root.closest('.aSs .aSt')).not.toBeNull();
    expect(gmail.composeKey(compose(a))).toBe(key);
  });

  it('falls back to the saved draft id, and is null when there is neither', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    const root = fixture.rootOf(id);
    root?.querySelector('input[name="composeid"]')?.remove();
    expect(gmail.composeKey(compose(id))).toBeNull();
    const draft = root?.querySelector<HTMLInputElement>('input[name="draft"]');
    if (draft) draft.value = '#msg-a:r4242';
    expect(gmail.composeKey(compose(id))).toBe('draft:#msg-a:r4242');
  });
});

describe('gmail quotes and signatures', () => {
  it('cover the quoted message of a reply and the signature, leaving what the user typed', async () => {
    const { fixture } = open();
    const reply = fixture.openReply();
    const fresh = fixture.openCompose({ signature: true });
    await page.settle();
    for (const id of [reply, fresh]) {
      body(id).insertAdjacentText('afterbegin', 'Could I work from home on Fridays?');
      expect(body(id).textContent).not.toBe('Could I work from home on Fridays?');
      expect(userText(body(id))).toBe('Could I work from home on Fridays?');
    }
  });
});

// Each theme gets a fresh page: happy-dom does not recompute a cached style when a grandparent's
// class changes, so switching themes on one page is left to the end-to-end tests.
describe('gmail theme', () => {
  it('is light by default and dark when Gmail’s dark theme is on', async () => {
    expect(gmail.isDark(open().document)).toBe(false);
    await page.close();
    expect(gmail.isDark(open('/?theme=dark').document)).toBe(true);
  });

  it('is read from the main area in the pop-out window, which has no navigation', async () => {
    const { document } = open('/popout?theme=dark');
    expect(document.querySelector('.aio')).toBeNull();
    expect(gmail.isDark(document)).toBe(true);
    await page.close();
    expect(gmail.isDark(open('/popout').document)).toBe(false);
  });
});

describe('gmail fixture page', () => {
  it('records the input events each compose body hears, also after a re-render', async () => {
    const { fixture, window } = open();
    const [a, b] = [fixture.openCompose(), fixture.openCompose()];
    await page.settle();
    body(b).dispatchEvent(new window.InputEvent('beforeinput', { inputType: 'insertText', data: 'x', bubbles: true }));
    fixture.rerender(a, 'body');
    body(a).dispatchEvent(new window.InputEvent('input', { inputType: 'insertText', data: 'y', bubbles: true }));
    expect(fixture.inputLog).toEqual([
      { composeId: b, type: 'beforeinput', inputType: 'insertText', isTrusted: false, data: 'x' },
      { composeId: a, type: 'input', inputType: 'insertText', isTrusted: false, data: 'y' },
    ]);
  });

  it('closes composes; a full-screen one empties before its scrim goes', async () => {
    const { fixture, document } = open();
    const [windowed, full] = [fixture.openCompose(), fixture.openFullscreen()];
    await page.settle();
    fixture.closeCompose(windowed);
    fixture.closeCompose(full);
    expect(bodies()).toEqual([]);
    expect(document.querySelector('.aSs .aSt')).not.toBeNull();
    await page.settle();
    expect(document.querySelector('.aSs')).toBeNull();
    expect(fixture.ids()).toEqual([]);
  });
});

describe('a mail.google.com page with an unknown DOM', () => {
  it('has nothing that matches, and nothing to throw on, where a Gmail compose does match', async () => {
    // The control: the same probes find a compose on a page that has one.
    const { fixture } = open('/?compose=1');
    const [id = ''] = await fixture.opened();
    expect(bodies()).toEqual([body(id)]);
    expect(gmail.composeOf(body(id))).not.toBeNull();
    await page.close();

    const { document } = open('/unknown');
    await page.settle();
    expect(bodies()).toEqual([]);
    const editable = Array.from(document.querySelectorAll<HTMLElement>('[contenteditable], textarea'));
    expect(editable).toHaveLength(3);
    for (const element of editable) expect(gmail.composeOf(element)).toBeNull();
  });
});
