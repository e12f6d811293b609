import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { dispatch } from '../../src/background/dispatch';
import { checkDraft } from '../../src/core/draft/draft-check';
import { newDraft, type SavedDraft } from '../../src/core/draft/saved-draft';
import type { Reply, ResponseOf } from '../../src/shared/messages';
import type { ViewNode } from '../../src/shared/view-node';
import type { PitchDB } from '../../src/storage/schema';
import { seedStarterIfNew } from '../../src/storage/starter';
import { freshDB } from './storage-fixtures';

let db: IDBPDatabase<PitchDB>;
const NOW = Date.UTC(2026, 11, 1, 10);

beforeEach(async () => {
  db = await freshDB();
  await seedStarterIfNew(db, NOW);
});
afterEach(() => db.close());

const fromPopup = (message: Record<string, unknown>) => dispatch(async () => db, message, NOW, 'extension-page');
const fromMailPage = (message: Record<string, unknown>) => dispatch(async () => db, message, NOW, 'content-script');

function value<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error}`);
  return reply.value as T;
}

/** Every text inside a drawn view, in order. */
const textOf = (node: ViewNode): string => (typeof node === 'string' ? node : node.slice(2).map((child) => textOf(child as ViewNode)).join(' '));
/** Every element of a view with the given test id, as [attributes, text]. */
function byTestId(node: ViewNode, testId: string): [Record<string, string>, string][] {
  if (typeof node === 'string') return [];
  const [, attributes, ...children] = node;
  const own: [Record<string, string>, string][] = attributes['data-testid'] === testId ? [[attributes, textOf(node)]] : [];
  return [...own, ...children.flatMap((child) => byTestId(child, testId))];
}

describe('a saved draft', () => {
  it('is checked field by field, with a message naming the first bad one', () => {
    expect(checkDraft(newDraft()).ok).toBe(true);
    expect(checkDraft({ ...newDraft(), tone: 'rude' })).toEqual({ ok: false, error: 'tone: expected one of friendly, formal but found "rude"' });
    expect(checkDraft({ ...newDraft(), sendDate: '1/12/2026' })).toMatchObject({ ok: false, error: expect.stringMatching(/^sendDate: expected a date/) });
    expect(checkDraft({ ...newDraft(), body: 'x'.repeat(20_001) })).toMatchObject({ ok: false, error: expect.stringMatching(/^body: 20001 characters/) });
    expect(checkDraft({ ...newDraft(), values: { password: 'x' } })).toMatchObject({ ok: false, error: expect.stringMatching(/^values\.password: is not a field/) });
    expect(checkDraft({ ...newDraft(), extra: 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/^extra: is not a field of a draft/) });
  });

  it('drops blank details rather than storing them', () => {
    const checked = checkDraft({ ...newDraft(), values: { reason: '  ', workLocation: 'Galway' } });
    expect(checked.ok && checked.value.values).toEqual({ workLocation: 'Galway' });
  });

  it('round-trips through the worker, stamped with the time it was saved', async () => {
    expect(value(await fromPopup({ type: 'drafts/get', kind: 'request' }))).toBeNull();
    const draft: SavedDraft = { ...newDraft(), tone: 'formal', mode: 'ie', body: 'My own words.', values: { workLocation: 'Galway' } };
    const saved = value<SavedDraft>(await fromPopup({ type: 'drafts/save', kind: 'request', draft }));
    expect(saved).toEqual({ ...draft, updatedAt: NOW });
    expect(value(await fromPopup({ type: 'drafts/get', kind: 'request' }))).toEqual(saved);
  });

  it('refuses a bad draft or kind and keeps the stored one', async () => {
    await fromPopup({ type: 'drafts/save', kind: 'request', draft: { ...newDraft(), body: 'Kept.' } });
    expect(await fromPopup({ type: 'drafts/save', kind: 'request', draft: { ...newDraft(), mode: 'us' } })).toMatchObject({ ok: false, error: expect.stringMatching(/^Can't save this draft: mode:/) });
    expect(await fromPopup({ type: 'drafts/save', kind: 'letter', draft: newDraft() })).toEqual({ ok: false, error: "Can't do 'drafts/save': kind: expected a kind of draft but found the text 'letter'" });
    expect(value<SavedDraft>(await fromPopup({ type: 'drafts/get', kind: 'request' })).body).toBe('Kept.');
  });

  it('reads a damaged record as no draft', async () => {
    await db.put('meta', { tone: 'friendly' } as unknown as SavedDraft, 'draft:request');
    expect(value(await fromPopup({ type: 'drafts/get', kind: 'request' }))).toBeNull();
  });

  it('goes with "delete all my data"', async () => {
    await fromPopup({ type: 'drafts/save', kind: 'request', draft: { ...newDraft(), body: 'Gone soon.' } });
    await fromPopup({ type: 'data/delete-all' });
    expect(value(await fromPopup({ type: 'drafts/get', kind: 'request' }))).toBeNull();
  });

  it('can be saved only from the extension’s own pages', async () => {
    expect(await fromMailPage({ type: 'drafts/save', kind: 'request', draft: newDraft() })).toEqual({ ok: false, error: "'drafts/save' is only available from the Remote Pitch popup." });
    expect(await fromMailPage({ type: 'drafts/get', kind: 'request' })).toMatchObject({ ok: false });
  });
});

describe('the compose panel’s whole drafts', () => {
  it('offer the request, built from the points and fill-ins even before the builder was opened', async () => {
    await fromPopup({ type: 'profile/save', profile: { manager: 'Sam', days: 'Fridays' } });
    const [view, drafts] = value<ResponseOf<'drafts/list'>>(await fromMailPage({ type: 'drafts/list' }));
    expect(byTestId(view, 'rp-insert-draft')).toEqual([[expect.objectContaining({ value: 'request', type: 'button' }), 'Insert full draft']]);
    expect(drafts.request?.text).toMatch(/^Hi Sam,\n\nI'd like to propose a trial of working from home on Fridays, starting \{startDate\}\./);
  });

  it('give the text the user edited, with fill-ins saved since applied', async () => {
    await fromPopup({ type: 'drafts/save', kind: 'request', draft: { ...newDraft(), body: 'Dear {manager}, my own words.' } });
    await fromPopup({ type: 'profile/save', profile: { manager: 'Sam' } });
    const [, drafts] = value<ResponseOf<'drafts/list'>>(await fromMailPage({ type: 'drafts/list' }));
    expect(drafts.request).toEqual({ title: 'Your request', text: 'Dear Sam, my own words.' });
  });
});

describe("the compose coach while the builder's formal-request mode is on", () => {
  const LETTER = '1 December 2026\n\nDear Sam,\n\nPlease treat this email as my statutory request for flexible working. I would work from home on Fridays from 1 March 2027.';

  async function checks(): Promise<[Record<string, string>, string][]> {
    const answer = value<ResponseOf<'coach/analyze'>>(await fromMailPage({ type: 'coach/analyze', text: LETTER, view: true }));
    return byTestId(answer.view as ViewNode, 'rp-draft-check');
  }

  it('lists each element the law requires, present or missing in the compose’s text', async () => {
    expect(await checks()).toEqual([]);
    await fromPopup({ type: 'drafts/save', kind: 'request', draft: { ...newDraft(), mode: 'uk' } });
    expect((await checks()).map(([attributes]) => [attributes['data-element'], attributes['data-present']])).toEqual([
      ['date', 'true'],
      ['statement', 'true'],
      ['change', 'true'],
      ['start-date', 'true'],
      ['previous-requests', 'false'],
    ]);
  });
});
