import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { dispatch } from '../../src/background/dispatch';
import { openPitchDB } from '../../src/storage/open';
import type { PitchDB } from '../../src/storage/schema';
import { seedStarterIfNew } from '../../src/storage/starter';
import type { PitchPoint } from '../../src/core/point';
import { starterPoints } from '../../src/core/starter';
import type { Reply } from '../../src/shared/messages';

let db: IDBPDatabase<PitchDB>;
let name = 0;
const NOW = Date.UTC(2026, 10, 25);

beforeEach(async () => {
  db = await openPitchDB(`dispatch-${++name}`);
  await seedStarterIfNew(db, NOW);
});
afterEach(() => db.close());

const fromPopup = (message: unknown) => dispatch(async () => db, message, NOW, 'extension-page');
const fromMailPage = (message: unknown) => dispatch(async () => db, message, NOW, 'content-script');

function value<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error}`);
  return reply.value as T;
}

describe('background dispatch', () => {
  it('lists the seeded points', async () => {
    const all = value<PitchPoint[]>(await fromPopup({ type: 'points/list' }));
    expect(all.map((p) => p.id).sort()).toEqual(starterPoints(NOW).map((p) => p.id).sort());
  });

  it('creates a point and records its use from a mail page', async () => {
    const created = value<PitchPoint>(await fromPopup({ type: 'points/create', point: { category: 'setup', title: 'Desk', text: 'A desk by the window.' } }));
    const used = value<PitchPoint>(await fromMailPage({ type: 'points/record-use', id: created.id }));
    expect(used.usedCount).toBe(1);
    expect(used.lastUsedAt).toBe(NOW);
  });

  it('fills a point in for a mail page, saving its answers without dropping the other fill-ins', async () => {
    const trial = value<PitchPoint>(await fromPopup({ type: 'points/create', point: { category: 'sweetener', title: 'Trial', text: 'A {trialWeeks}-week trial, reviewed with {manager}.' } }));
    await fromPopup({ type: 'profile/save', profile: { days: 'Fridays' } });
    const filled = value<{ text: string }>(await fromMailPage({ type: 'points/fill-in', id: trial.id, answers: { trialWeeks: ' 6 ', manager: '' }, save: true }));
    expect(filled.text).toBe('A 6-week trial, reviewed with [manager].');
    expect(value<Record<string, string>>(await fromPopup({ type: 'profile/get' }))).toEqual({ days: 'Fridays', trialWeeks: '6' });
    const unsaved = value<{ text: string }>(await fromMailPage({ type: 'points/fill-in', id: trial.id, answers: { manager: 'Sam' }, save: false }));
    expect(unsaved.text).toBe('A 6-week trial, reviewed with Sam.');
    expect(value<Record<string, string>>(await fromPopup({ type: 'profile/get' }))).toEqual({ days: 'Fridays', trialWeeks: '6' });
  });

  it('lets a mail page save only the fill-ins of the point it inserts, and fill no private note', async () => {
    const trial = value<PitchPoint>(await fromPopup({ type: 'points/create', point: { category: 'sweetener', title: 'Trial', text: 'A {trialWeeks}-week trial.' } }));
    const prep = value<PitchPoint>(await fromPopup({ type: 'points/create', point: { category: 'my-motivation', title: 'Self-check', text: 'Ask {manager}?', use: ['prep'] } }));
    await fromPopup({ type: 'profile/save', profile: { manager: 'Sam' } });
    await fromMailPage({ type: 'points/fill-in', id: trial.id, answers: { manager: 'Eve', myName: 'Eve', trialWeeks: '6' }, save: true });
    expect(value<Record<string, string>>(await fromPopup({ type: 'profile/get' }))).toEqual({ manager: 'Sam', trialWeeks: '6' });
    for (const id of [prep.id, 'no-such-point']) {
      expect(await fromMailPage({ type: 'points/fill-in', id, answers: { manager: 'Eve' }, save: true })).toEqual({ ok: false, error: 'That point is no longer in your list.' });
    }
    expect(await fromMailPage({ type: 'profile/update', values: { manager: 'Eve' } })).toMatchObject({ ok: false });
    expect(value<Record<string, string>>(await fromPopup({ type: 'profile/get' }))).toEqual({ manager: 'Sam', trialWeeks: '6' });
  });

  it('gives a mail page the points its panel offers, never private preparation notes', async () => {
    const prep = value<PitchPoint>(await fromPopup({ type: 'points/create', point: { category: 'my-motivation', title: 'Self-check', text: 'Why do I want this?', use: ['prep'] } }));
    const meeting = value<PitchPoint>(await fromPopup({ type: 'points/create', point: { category: 'sweetener', title: 'Parking', text: 'I give up my space.', use: ['meeting'] } }));
    const offered = value<PitchPoint[]>(await fromMailPage({ type: 'points/list' })).map((p) => p.id);
    expect(offered).toContain(meeting.id);
    expect(offered).not.toContain(prep.id);
    expect(value<PitchPoint[]>(await fromPopup({ type: 'points/list' })).map((p) => p.id)).toContain(prep.id);
  });

  it('gives a mail page its points in the panel’s order: by category, email points before meeting-only ones', async () => {
    await fromPopup({ type: 'data/delete-all' });
    const add = async (category: string, title: string, use: string[], order?: number) =>
      value<PitchPoint>(await fromPopup({ type: 'points/create', point: { category, title, text: `${title}.`, use, ...(order !== undefined && { order }) } }));
    await add('communication', 'Core hours', ['email']);
    await add('sweetener', 'Give up my parking space', ['meeting']);
    await add('sweetener', 'Six-week trial', ['email', 'meeting']);
    await add('my-motivation', 'Protected focus time', ['email']);
    const offered = value<PitchPoint[]>(await fromMailPage({ type: 'points/list' })).map((p) => p.title);
    expect(offered).toEqual(['Protected focus time', 'Six-week trial', 'Give up my parking space', 'Core hours']);
  });

  it('draws the fill-in prompt for a mail page, and refuses names no placeholder could have', async () => {
    const form = value<unknown[]>(await fromMailPage({ type: 'ui/fill-in-form', title: 'Trial', names: ['manager', 'trialWeeks'] }));
    const fields = JSON.stringify(form).match(/"data-testid":"rp-fill-field"/g) ?? [];
    expect(form[0]).toBe('form');
    expect(fields).toHaveLength(2);
    for (const names of [[], ['manager', '<img src=x>'], 'manager']) {
      const reply = await fromMailPage({ type: 'ui/fill-in-form', title: 'Trial', names });
      expect(reply.ok).toBe(false);
    }
    const styles = value<{ css: string }>(await fromMailPage({ type: 'ui/panel-styles' }));
    expect(styles.css).toContain('.item');
  });

  it('keeps bulk and destructive requests away from mail pages', async () => {
    for (const type of ['data/export', 'data/import', 'data/delete-all', 'points/delete', 'points/put', 'profile/save']) {
      const reply = await fromMailPage({ type, json: '{}', ids: [], points: [], profile: {} });
      expect(reply).toEqual({ ok: false, error: `'${type}' is only available from the Remote Pitch popup.` });
    }
    expect(value<PitchPoint[]>(await fromPopup({ type: 'points/list' })).length).toBeGreaterThan(40);
  });

  it('answers unknown or malformed requests with an error instead of throwing', async () => {
    expect(await fromPopup({ type: 'points/explode' })).toEqual({ ok: false, error: "Unknown request: 'points/explode'" });
    expect(await fromPopup('hello')).toEqual({ ok: false, error: 'Unknown request: string' });
    expect(await fromPopup(null)).toMatchObject({ ok: false });
  });

  it("passes a storage error's message back to the sender", async () => {
    const reply = await fromPopup({ type: 'points/update', id: 'no-such-point', changes: { title: 'x' } });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(/no-such-point/);
  });

  it('rejects a bad import with the place it failed and changes nothing', async () => {
    const before = value<PitchPoint[]>(await fromPopup({ type: 'points/list' }));
    const reply = await fromPopup({ type: 'data/import', json: '{"format":"remote-pitch-backup","version":1,"exportedAt":"2026-01-01T00:00:00Z","profile":{},"points":[{"id":"x","category":"foo"}]}' });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(/points\[0\]/);
    expect(value<PitchPoint[]>(await fromPopup({ type: 'points/list' }))).toEqual(before);
  });

  it('checks the shape of every request before it runs: a text where a list belongs deletes nothing', async () => {
    const before = value<PitchPoint[]>(await fromPopup({ type: 'points/list' }));
    const [first] = before;
    if (!first) throw new Error('no points');
    expect(await fromPopup({ type: 'points/delete', ids: first.id })).toEqual({ ok: false, error: `Can't do 'points/delete': ids: expected a list of point ids but found the text '${first.id}'` });
    expect(value<PitchPoint[]>(await fromPopup({ type: 'points/list' }))).toEqual(before);
  });

  it.each([
    [{ type: 'points/list', extra: 1 }, "Can't do 'points/list': extra: is not a field of a 'points/list' request"],
    [{ type: 'points/update', id: 7, changes: {} }, "Can't do 'points/update': id: expected text but found the number 7"],
    [{ type: 'points/update', id: 'p-1', changes: 'title' }, "Can't do 'points/update': changes: expected the changes to a point but found the text 'title'"],
    [{ type: 'points/create' }, "Can't do 'points/create': point: is missing"],
    [{ type: 'points/put', points: [null] }, "Can't do 'points/put': points[0]: expected a point but found null"],
    [{ type: 'points/reorder', category: 'gossip', ids: [] }, "Can't do 'points/reorder': category: expected one of my-motivation"],
    [{ type: 'profile/update', values: ['Dana'] }, "Can't do 'profile/update': values: expected the fill-ins but found a list"],
    [{ type: 'data/import', json: { points: [] } }, "Can't do 'data/import': json: expected text but found an object"],
    [{ type: 'sync/set', enabled: 'yes' }, "Can't do 'sync/set': enabled: expected true or false but found the text 'yes'"],
  ])('refuses %j with a message naming the field', async (message, error) => {
    const reply = await fromPopup(message);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toContain(error);
  });

  it('checks where a request comes from before its shape, so a mail page learns nothing of popup-only requests', async () => {
    expect(await fromMailPage({ type: 'points/delete', ids: 'p-1' })).toEqual({ ok: false, error: "'points/delete' is only available from the Remote Pitch popup." });
    expect(await fromMailPage({ type: 'points/record-use', id: 'p-1', extra: true })).toMatchObject({ ok: false, error: expect.stringContaining('extra: is not a field') });
  });

  it('hands the handler a checked copy: a key the request type lacks never reaches the store', async () => {
    const reply = await fromPopup({ type: 'points/create', point: { category: 'setup', title: 'Desk', text: 'A desk.', usedCount: 99 } });
    expect(value<PitchPoint>(reply).usedCount).toBe(0);
  });
});
