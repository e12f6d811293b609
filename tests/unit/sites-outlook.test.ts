import { afterEach, describe, expect, it } from 'vitest';
import outlook from '../../src/content/sites/outlook';
import { draftTree } from '../../src/content/editor/draft-reading';
import { treeText } from '../../src/core/coach/draft-tree';
import { SITES } from '../../src/core/sites';
import type { Compose } from '../../src/content/site-kit/adapter';
import type { OutlookFixture } from '../fixtures/fixture-api';
import { openFixturePage, type FixturePage } from '../fixtures/load-fixture';
import { siteProbe } from './site-probe';

let page: FixturePage<OutlookFixture>;
afterEach(() => page.close());

function open(path = '/', host = 'outlook.office.com'): FixturePage<OutlookFixture> {
  page = openFixturePage<OutlookFixture>(`https://${host}${path}`);
  return page;
}

const { bodies, body, compose } = siteProbe(outlook, () => page);

function root(id: string): HTMLElement {
  const found = page.fixture.rootOf(id);
  if (!found) throw new Error(`compose ${id} has not rendered`);
  return found;
}

/** Puts an element where the launcher would go, the way the content script will. */
function placeLauncher(target: Compose): HTMLElement {
  const slot = outlook.launcherSlot(target);
  if (!slot) throw new Error('no launcher slot');
  const holder = page.document.createElement(slot.wrapperTag);
  holder.dataset.remotePitch = '';
  slot.parent.insertBefore(holder, slot.before);
  return holder;
}

async function openEveryMailboxForm(): Promise<string[]> {
  const { fixture } = open();
  const ids = [fixture.openCompose(), fixture.openCompose(), fixture.openReply()];
  await page.settle();
  return ids;
}

describe('outlook compose bodies', () => {
  it('are found only once Outlook has rendered them, a moment after the click', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    expect(bodies()).toEqual([]);
    await page.settle();
    expect(bodies()).toEqual([body(id)]);
  });

  it('match once per compose, new mail and inline reply alike, each inside its own compose', async () => {
    const ids = await openEveryMailboxForm();
    expect(bodies()).toHaveLength(3);
    for (const id of ids) {
      expect(root(id).querySelectorAll(outlook.bodySelector)).toHaveLength(1);
      expect(compose(id).root).toBe(root(id));
    }
  });

  it('match the pop-out window’s single compose', async () => {
    const { fixture } = open('/popout');
    await page.settle();
    const [id = ''] = fixture.ids();
    expect(bodies()).toEqual([body(id)]);
    expect(compose(id).root.dataset.appSection).toBe('Form_Content');
  });

  it.each(SITES.find((site) => site.id === 'outlook')?.hosts ?? [])('are found the same way on %s', async (host) => {
    const { fixture } = open('/', host);
    const id = fixture.openCompose();
    await page.settle();
    expect(bodies()).toEqual([body(id)]);
  });

  it('are the only editable things matched: not the read message, To, subject or the signature editor', async () => {
    const ids = await openEveryMailboxForm();
    const editable = page.document.querySelectorAll('input, textarea, [contenteditable], [role="document"]');
    const matched = Array.from(editable).filter((element) => element.matches(outlook.bodySelector));
    expect(new Set(matched)).toEqual(new Set(ids.map(body)));
    expect(editable.length).toBeGreaterThan(matched.length * 2);
    const readOnly = page.document.querySelector('[role="document"][aria-label="Message body"]');
    expect(readOnly?.matches(outlook.bodySelector)).toBe(false);
    const signature = page.document.querySelector('[aria-label^="Signature"]');
    expect(signature?.matches(outlook.bodySelector)).toBe(false);
  });

  it('leave out a translated signature editor too, which no compose holds', () => {
    const { document } = open();
    const signature = document.querySelector<HTMLElement>('[aria-label^="Signature"]');
    signature?.setAttribute('aria-label', 'Firma, presione Alt+F10 para salir');
    expect(signature?.matches(outlook.bodySelector)).toBe(true);
    expect(signature && outlook.composeOf(signature)).toBeNull();
  });

  it('are still found in their editor holder if Outlook drops the textbox role', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    body(id).removeAttribute('role');
    expect(bodies()).toEqual([body(id)]);
  });
});

describe('outlook compose roots', () => {
  it('fall back to the nearest element around one compose that holds Send', async () => {
    const [first = ''] = await openEveryMailboxForm();
    root(first).removeAttribute('id');
    expect(compose(first).root).toBe(root(first));
  });

  it('never climb into the area that holds several composes', async () => {
    const [first = ''] = await openEveryMailboxForm();
    root(first).removeAttribute('id');
    root(first).querySelector('.cmdRow')?.remove();
    expect(outlook.composeOf(body(first))).toBeNull();
  });
});

describe('outlook launcher slot', () => {
  it('sits right after the Send split button, before Discard, in every form', async () => {
    const ids = await openEveryMailboxForm();
    for (const id of ids) {
      const holder = placeLauncher(compose(id));
      expect(holder.tagName).toBe('DIV');
      expect(holder.closest('[data-fixture-compose]')).toBe(root(id));
      expect(holder.previousElementSibling?.querySelector('button[aria-label="Send"]')).not.toBeNull();
      expect(holder.nextElementSibling?.getAttribute('aria-label')).toBe('Discard');
    }
  });

  it('stays inside the pop-out’s form, not in the ribbon next to it', async () => {
    const { fixture } = open('/popout');
    await page.settle();
    const id = fixture.ids()[0] ?? '';
    const holder = placeLauncher(compose(id));
    expect(root(id).contains(holder)).toBe(true);
    expect(holder.previousElementSibling?.textContent).toContain('Send');
  });

  it('finds Send by its split-button id when the label is translated', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    root(id).querySelector('button[aria-label="Send"]')?.setAttribute('aria-label', 'Enviar');
    const holder = placeLauncher(compose(id));
    expect(holder.previousElementSibling?.querySelector('[aria-label="Enviar"]')).not.toBeNull();
  });

  it.each(['de', 'fr', 'ja', 'ar'])('finds Send by its icon with the interface in %s, and sits after the whole split button', async (lang) => {
    const { fixture } = open(`/?lang=${lang}`);
    const ids = [fixture.openCompose(), fixture.openReply()];
    await page.settle();
    for (const id of ids) {
      // Not even the id suffix is needed: Fluent's icon name is the same in every language.
      for (const button of root(id).querySelectorAll('button[id]')) button.removeAttribute('id');
      const holder = placeLauncher(compose(id));
      expect(holder.previousElementSibling?.querySelectorAll('button')).toHaveLength(2);
      expect(holder.previousElementSibling?.querySelector('[data-icon-name="SendRegular"]')).not.toBeNull();
    }
  });

  it('sits after the whole split button, not between Send and its ▾ half, when the split button lost its ids', async () => {
    const { fixture } = open('/?drift=row');
    const id = fixture.openCompose();
    await page.settle();
    const holder = placeLauncher(compose(id));
    const split = holder.previousElementSibling;
    expect(split?.querySelector('[data-icon-name="SendRegular"]')).not.toBeNull();
    expect(split?.querySelector('[aria-haspopup="menu"]')).not.toBeNull();
    expect(holder.parentElement?.classList.contains('cmdRow')).toBe(true);
  });

  it('is null when nothing marks Send, though the body and its compose are still found', async () => {
    const { fixture } = open('/?drift=nosend');
    const id = fixture.openCompose();
    await page.settle();
    expect(compose(id).root).toBe(root(id));
    expect(outlook.launcherSlot(compose(id))).toBeNull();
  });

  it('goes into the toolbar when the Send row is one', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    const row = root(id).querySelector('.cmdRow');
    const group = row?.firstElementChild;
    const wrapped = page.document.createElement('span');
    group?.replaceWith(wrapped);
    if (group) wrapped.append(group);
    row?.setAttribute('role', 'toolbar');
    const holder = placeLauncher(compose(id));
    expect(holder.parentElement).toBe(row);
    expect(holder.previousElementSibling).toBe(wrapped);
  });

  it('is null, not thrown, without a Send button', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    root(id).querySelector('.cmdRow')?.remove();
    expect(outlook.launcherSlot(compose(id))).toBeNull();
  });

  it('is found in the new row after Outlook re-renders it, which drops what was added', async () => {
    const { fixture } = open();
    const id = fixture.openCompose();
    await page.settle();
    const first = placeLauncher(compose(id));
    fixture.rerender(id);
    expect(first.isConnected).toBe(false);
    expect(placeLauncher(compose(id)).isConnected).toBe(true);
  });
});

describe('outlook compose key', () => {
  it('is the docking slot: different per compose, the same after re-renders', async () => {
    const ids = await openEveryMailboxForm();
    const keys = ids.map((id) => outlook.composeKey(compose(id)));
    expect(keys).toEqual(['docking:0', 'docking:1', 'docking:2']);
    for (const id of ids) page.fixture.rerender(id);
    expect(ids.map((id) => outlook.composeKey(compose(id)))).toEqual(keys);
  });

  it('is the form’s MSG_ id in the pop-out window, and null when there is nothing to key on', async () => {
    const { fixture } = open('/popout');
    await page.settle();
    const id = fixture.ids()[0] ?? '';
    const key = outlook.composeKey(compose(id));
    expect(key).toMatch(/^form:[0-9a-f]+$/);
    fixture.rerender(id);
    expect(outlook.composeKey(compose(id))).toBe(key);
    for (const field of Array.from(root(id).querySelectorAll('[id^="MSG_"]'))) field.removeAttribute('id');
    expect(outlook.composeKey(compose(id))).toBeNull();
  });
});

describe('outlook quotes and signatures', () => {
  it('mark the reply’s quote header and the signature, and none of what the user typed', async () => {
    const { fixture } = open();
    const id = fixture.openReply();
    await page.settle();
    const typed = body(id).querySelector('.elementToProof');
    typed?.replaceChildren('Could I work from home on Fridays?');
    const { signatures, historyStarts } = outlook.draft;
    const marked = Array.from(body(id).querySelectorAll([...signatures, ...historyStarts].join(', ')));
    expect(marked.map((element) => element.id)).toEqual(['Signature', 'appendonsend', 'divRplyFwdMsg']);
    expect(marked.some((element) => element.contains(typed ?? null))).toBe(false);
    expect(body(id).querySelector('#divRplyFwdMsg')?.textContent).toContain('From:');
    expect(treeText(draftTree(body(id), outlook.draft)).trim()).toBe('Could I work from home on Fridays?');
  });
});

describe('outlook theme', () => {
  it('is light by default and dark when Outlook’s dark mode is on', async () => {
    expect(outlook.isDark(open().document)).toBe(false);
    await page.close();
    expect(outlook.isDark(open('/?theme=dark').document)).toBe(true);
    await page.close();
    expect(outlook.isDark(open('/popout?theme=dark').document)).toBe(true);
  });
});

describe('outlook fixture page', () => {
  it('records the input events each compose body hears, also after a re-render', async () => {
    const { fixture, window } = open();
    const [a, b] = [fixture.openCompose(), fixture.openReply()];
    await page.settle();
    fixture.rerender(b, 'body');
    body(b).dispatchEvent(new window.InputEvent('input', { inputType: 'insertText', data: 'w', bubbles: true }));
    body(a).dispatchEvent(new window.InputEvent('beforeinput', { inputType: 'insertText', data: 'z', bubbles: true }));
    expect(fixture.inputLog).toEqual([
      { composeId: b, type: 'input', inputType: 'insertText', isTrusted: false, data: 'w' },
      { composeId: a, type: 'beforeinput', inputType: 'insertText', isTrusted: false, data: 'z' },
    ]);
  });

  it('closes a compose when asked and when its Discard button is clicked', async () => {
    const { fixture } = open();
    const [a, b] = [fixture.openCompose(), fixture.openCompose()];
    await page.settle();
    fixture.closeCompose(a);
    root(b).querySelector<HTMLElement>('button[aria-label="Discard"]')?.click();
    expect(bodies()).toEqual([]);
    expect(fixture.ids()).toEqual([]);
  });
});
