// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { dispatch } from '../../src/background/dispatch';
import { CATEGORY_IDS } from '../../src/core/categories';
import { createPoint, type PitchPoint } from '../../src/core/point';
import type * as Messages from '../../src/shared/messages';
import type { MessageType, RequestOf, ResponseOf } from '../../src/shared/messages';
import { openPitchDB } from '../../src/storage/open';
import type { PitchDB } from '../../src/storage/schema';
import { configureSync } from '../../src/background/sync/engine';
import { FakeSyncArea, incompressibleText } from './fake-sync-area';
import { makePoint } from './storage-fixtures';

// The popup talks to the real background handlers over an in-memory IndexedDB: only the
// runtime messaging in between is replaced.
const backend = vi.hoisted(() => ({
  db: undefined as unknown,
  sent: [] as string[],
  /** Loses the answer to the next request of this type, as a worker stopped meanwhile would: before it ran, or after. */
  lose: undefined as { type: string; when: 'before' | 'after' } | undefined,
}));

vi.mock('../../src/shared/messages', async (importOriginal) => {
  const original = await importOriginal<typeof Messages>();
  async function sendForReply<T extends MessageType>(type: T, request: RequestOf<T>): Promise<Messages.Reply<ResponseOf<T>>> {
    backend.sent.push(type);
    const lose = backend.lose?.type === type ? backend.lose : undefined;
    if (lose) backend.lose = undefined;
    if (lose?.when === 'before') throw new Error('The message port closed before a response was received.');
    const reply = await dispatch(async () => backend.db as IDBPDatabase<PitchDB>, { type, ...request }, Date.now(), 'extension-page');
    if (lose) throw new Error('The message port closed before a response was received.');
    return reply as Messages.Reply<ResponseOf<T>>;
  }
  return {
    ...original,
    sendForReply,
    async send<T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>> {
      const reply = await sendForReply(type, request);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
  };
});

const { App } = await import('../../src/popup/App');
const { FIRST_ROWS } = await import('../../src/popup/points/PointsTab');
const { startFirstLoad } = await import('../../src/popup/app/first-load');

const messages = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

function getMessage(name: string, substitutions: string[] = []): string {
  const entry = messages[name];
  if (!entry) return '';
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, key: string) => entry.placeholders?.[key.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

let db: IDBPDatabase<PitchDB>;
let container: HTMLElement;
let syncArea: FakeSyncArea;

async function call<T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = await dispatch(async () => db, { type, ...request }, Date.now(), 'extension-page');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ResponseOf<T>;
}

async function waitFor<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = await check();
    if (value) return value;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const $ = (testId: string, scope: ParentNode = container) => scope.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string, scope: ParentNode = container) => [...scope.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const pointTitled = (title: string) => $$('rp-point').find((row) => row.querySelector('.point-title')?.textContent === title);

async function click(element: HTMLElement | null | undefined) {
  if (!element) throw new Error('nothing to click');
  await act(() => element.click());
}

async function type(element: HTMLElement | null | undefined, value: string) {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) throw new Error('not a field');
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

async function chooseFile(name: string, text: string) {
  const input = $('rp-import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function addPoint(point: Parameters<typeof call<'points/create'>>[1]['point']): Promise<PitchPoint> {
  return call('points/create', { point });
}

async function mount() {
  await act(() => render(<App />, container));
  await waitFor(() => container.querySelector('[aria-busy="false"]'), 'the first load');
}

/** The extension's storage.local, with its change event, shared by the page and the worker's sync. */
const extensionStorage = new Map<string, unknown>();
const storageListeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
async function storeLocal(key: string, value: unknown) {
  extensionStorage.set(key, structuredClone(value));
  await act(() => {
    for (const listener of storageListeners) listener({ [key]: { newValue: structuredClone(value) } }, 'local');
  });
}

beforeAll(() => {
  vi.stubGlobal('chrome', {
    i18n: { getMessage },
    storage: {
      local: { get: async (key: string) => ({ [key]: structuredClone(extensionStorage.get(key)) }), set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([key, value]) => void storeLocal(key, value)) },
      onChanged: { addListener: (listener: never) => storageListeners.add(listener), removeListener: (listener: never) => storageListeners.delete(listener) },
    },
  });
});

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openPitchDB('popup-test');
  backend.db = db;
  backend.sent = [];
  extensionStorage.clear();
  syncArea = new FakeSyncArea();
  configureSync({
    area: syncArea,
    local: { get: async (key) => structuredClone(extensionStorage.get(key)), set: (key, value) => storeLocal(key, value) },
    database: async () => db,
    now: () => Date.now(),
    sleep: async () => undefined,
  });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
  db.close();
});

describe('points', () => {
  it('draws the points of a load that came before the app in its very first render, and asks for them no second time', async () => {
    for (const title of ['Trial month', 'Daily stand-up']) await addPoint({ category: 'sweetener', title, text: `${title}.` });
    const first = startFirstLoad();
    await first.promise;
    backend.sent = [];
    // No act(): what the first render commits, before any effect or frame.
    render(<App first={first} />, container);
    expect(container.querySelector('[aria-busy="false"]')).not.toBeNull();
    const titles = [...container.querySelectorAll('[data-testid="rp-point"]')].map((row) => row.textContent ?? '');
    expect(titles.some((text) => text.includes('Trial month'))).toBe(true);
    await act(() => undefined);
    expect(backend.sent).not.toContain('points/list');
  });

  it('shows a first load that came between the first render and its effects', async () => {
    await addPoint({ category: 'sweetener', title: 'Trial month', text: 'A trial month.' });
    const first = startFirstLoad();
    render(<App first={first} />, container);
    await first.promise;
    await waitFor(() => container.querySelector('[aria-busy="false"]'), 'the first load');
    expect(container.textContent).toContain('Trial month');
  });

  it('shows a first load that is still on its way once it comes', async () => {
    await addPoint({ category: 'sweetener', title: 'Trial month', text: 'A trial month.' });
    const first = startFirstLoad();
    await act(() => render(<App first={first} />, container));
    await waitFor(() => container.querySelector('[aria-busy="false"]'), 'the first load');
    expect(container.textContent).toContain('Trial month');
  });

  it('groups points under the eight categories in framework order, and invites a first point in empty ones', async () => {
    await addPoint({ category: 'sweetener', title: 'Six-week trial', text: 'Review on {reviewDate}.' });
    await mount();
    expect($$('rp-group').map((group) => group.dataset.category)).toEqual([...CATEGORY_IDS]);
    const sweeteners = $$('rp-group')[3];
    expect(sweeteners?.textContent).toContain('Concessions that lower the risk');
    expect($$('rp-point', sweeteners)).toHaveLength(1);
    expect($$('rp-group')[0]?.textContent).toContain('Add the first one');
  });

  it('adds a point from the form into the chosen category and stores it', async () => {
    await mount();
    await click($('rp-add'));
    await type($('rp-point-title'), 'Quiet mornings');
    await type($('rp-point-category'), 'boss-motivation');
    await type($('rp-point-text'), 'Reports for {manager} done before the team logs on.');
    await type($('rp-point-tags'), 'Focus, reports');
    await click($('rp-save'));
    const row = await waitFor(() => pointTitled('Quiet mornings'), 'the new row');
    expect(row.closest('[data-testid="rp-group"]')?.getAttribute('data-category')).toBe('boss-motivation');
    expect($('rp-point-title')).toBeNull();
    const [stored] = await call('points/list', {});
    expect(stored).toMatchObject({ title: 'Quiet mornings', category: 'boss-motivation', tags: ['focus', 'reports'] });
  });

  it('edits a point in place, and Escape leaves it as it was', async () => {
    const point = await addPoint({ category: 'setup', title: 'Spare room', text: 'A door that closes.' });
    await mount();
    await click($('rp-edit', pointTitled('Spare room')));
    await type($('rp-point-title'), 'Spare room upstairs');
    await act(() => {
      $('rp-point-title')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(pointTitled('Spare room')).toBeTruthy();

    await click(pointTitled('Spare room')?.querySelector('.point-text') as HTMLElement);
    await type($('rp-point-title'), 'Spare room upstairs');
    await click($('rp-save'));
    await waitFor(() => pointTitled('Spare room upstairs'), 'the renamed row');
    expect((await call('points/list', {})).find((p) => p.id === point.id)?.title).toBe('Spare room upstairs');
  });

  it('deletes a point and brings it back, exactly as it was, with Undo', async () => {
    const point = await addPoint({ category: 'setup', title: 'Spare room', text: 'A door.', evidence: 'Acas', tags: ['home'], onMeetingCard: true });
    await call('points/record-use', { id: point.id });
    await mount();
    await click($('rp-delete', pointTitled('Spare room')));
    await waitFor(() => !pointTitled('Spare room'), 'the row to go');
    expect(await call('points/list', {})).toEqual([]);
    expect($('rp-undo-bar')?.textContent).toContain('Deleted “Spare room”.');
    await click($('rp-undo'));
    await waitFor(() => pointTitled('Spare room'), 'the row to return');
    const [restored] = await call('points/list', {});
    expect(restored).toMatchObject({ id: point.id, evidence: 'Acas', tags: ['home'], onMeetingCard: true, usedCount: 1 });
    expect($('rp-undo-bar')).toBeNull();
  });

  it('reorders within a group with the arrow buttons and stores the new order', async () => {
    const [a, b, c] = [await addPoint({ category: 'sweetener', title: 'A', text: 'a' }), await addPoint({ category: 'sweetener', title: 'B', text: 'b' }), await addPoint({ category: 'sweetener', title: 'C', text: 'c' })];
    await mount();
    await click($('rp-move-up', pointTitled('C')));
    await waitFor(() => $$('rp-point').map((row) => row.dataset.pointId).join() === [a.id, c.id, b.id].join(), 'the new order on screen');
    const stored = (await call('points/list', {})).map((p) => p.title);
    expect(stored).toEqual(['A', 'C', 'B']);
    expect(($('rp-move-up', pointTitled('A')) as HTMLButtonElement).disabled).toBe(true);
  });

  it('filters by title, text and tags as the user types, and says when nothing matches', async () => {
    await addPoint({ category: 'setup', title: 'Spare room', text: 'A door that closes.', tags: ['quiet'] });
    await addPoint({ category: 'communication', title: 'Core hours', text: 'Online 9 to 5.' });
    await mount();
    await type($('rp-search'), 'QUIET');
    expect($$('rp-point').map((row) => row.querySelector('.point-title')?.textContent)).toEqual(['Spare room']);
    await type($('rp-search'), 'online');
    expect($$('rp-point').map((row) => row.querySelector('.point-title')?.textContent)).toEqual(['Core hours']);
    await type($('rp-search'), 'parking');
    expect($$('rp-point')).toHaveLength(0);
    expect($('rp-no-match')?.textContent).toContain('parking');
  });

  it('previews the text with the fill-ins and marks the missing ones, which lead to the fill-in', async () => {
    await call('profile/save', { profile: { manager: 'Dana' } });
    await addPoint({ category: 'boss-motivation', title: 'For Dana', text: 'Good for {manager} on {days}.' });
    await mount();
    const row = pointTitled('For Dana');
    expect($('rp-point-preview', row)?.textContent).toBe('Good for Dana on {days}.');
    expect($$('rp-missing', row).map((mark) => mark.textContent)).toEqual(['{days}']);
    await click(row?.querySelector('.point-missing button') as HTMLElement);
    expect(document.activeElement?.getAttribute('name')).toBe('days');
  });
});

describe('a long list, drawn in slices', () => {
  // Frames come only when the test lets them, so each slice is seen on its own.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const list = () => ({ rows: container.querySelector<HTMLElement>('[data-rows]')?.dataset.rows, drawn: $$('rp-point').length });

  /** 195 points titled "Point n", then 5 titled "Needle n" at the end of the list. */
  async function library(): Promise<void> {
    const points = Array.from({ length: 200 }, (_, i) =>
      createPoint({ id: `long-${i}`, category: 'communication', title: i < 195 ? `Point ${i}` : `Needle ${i}`, text: 'Some text.', order: i }, 1),
    );
    await call('points/put', { points });
  }

  /** Lets frames pass until the list says it is all drawn; returns what it said after each slice. */
  async function drawTheRest(): Promise<{ rows: string | undefined; drawn: number }[]> {
    const seen = [];
    while (list().rows === 'partial') {
      const before = list().drawn;
      vi.advanceTimersToNextFrame();
      await waitFor(() => list().drawn > before, 'the next slice');
      seen.push(list());
    }
    return seen;
  }

  it('says partial while slices are still to come, and all once every row is drawn', async () => {
    await library();
    await mount();
    expect(list()).toEqual({ rows: 'partial', drawn: FIRST_ROWS });
    const seen = await drawTheRest();
    expect(seen.length).toBeGreaterThan(2);
    for (const step of seen.slice(0, -1)) expect(step.rows === 'partial' && step.drawn < 200).toBe(true);
    expect(seen.at(-1)).toEqual({ rows: 'all', drawn: 200 });
  });

  it('says all as soon as a search leaves only rows it can draw, and partial again while the rest comes in', async () => {
    await library();
    await mount();
    expect(list()).toEqual({ rows: 'partial', drawn: FIRST_ROWS });
    // The needles were not drawn yet; narrowed to them, the list is whole at once.
    await type($('rp-search'), 'needle');
    expect(list()).toEqual({ rows: 'all', drawn: 5 });
    await type($('rp-search'), '');
    expect(list()).toEqual({ rows: 'partial', drawn: FIRST_ROWS });
    // Narrowed to more than one slice holds, it stays partial until they are all in.
    await type($('rp-search'), 'point');
    expect(list()).toEqual({ rows: 'partial', drawn: FIRST_ROWS });
    expect((await drawTheRest()).at(-1)).toEqual({ rows: 'all', drawn: 195 });
    await type($('rp-search'), '');
    expect(list()).toEqual({ rows: 'all', drawn: 200 });
  });
});

describe('fill-ins', () => {
  it('saves as the user types and offers the review date from the start date and trial length', async () => {
    await mount();
    await click($('rp-tab-profile'));
    const field = (name: string) => container.querySelector<HTMLInputElement>(`[data-testid="rp-profile-field"][name="${name}"]`);
    expect(container.querySelectorAll('[data-testid="rp-profile-field"]')).toHaveLength(25);
    await type(field('startDate'), '2026-03-02');
    await type(field('trialWeeks'), '6');
    expect(field('reviewDate')?.value).toBe('2026-04-13');
    await type(field('manager'), 'Dana');
    await click($('rp-save'));
    await waitFor(() => $('rp-status')?.textContent === 'Saved.', 'the saved status');
    expect(await call('profile/get', {})).toEqual({ startDate: '2026-03-02', trialWeeks: '6', reviewDate: '2026-04-13', manager: 'Dana' });
  });
});

describe('two windows at once', () => {
  /** A second popup or options tab on the same data: its own document subtree, the same worker. */
  async function secondWindow(): Promise<HTMLElement> {
    const other = document.createElement('div');
    document.body.append(other);
    await act(() => render(<App layout="page" />, other));
    await waitFor(() => other.querySelector('[aria-busy="false"]'), 'the second window to load');
    return other;
  }

  it('saving the fill-ins keeps one another window saved after the form was opened', async () => {
    await call('profile/update', { values: { days: 'Mondays' } });
    await mount();
    await click($('rp-tab-profile'));
    // Meanwhile the options page (or a compose's fill-in prompt, through the worker) saves the manager's name.
    const fromOther = await dispatch(async () => db, { type: 'profile/update', values: { manager: 'Dana' } }, Date.now(), 'extension-page');
    expect(fromOther.ok).toBe(true);
    const field = (name: string) => container.querySelector<HTMLInputElement>(`[data-testid="rp-profile-field"][name="${name}"]`);
    await type(field('days'), 'Tuesdays');
    await click($('rp-save'));
    await waitFor(() => $('rp-status')?.textContent === 'Saved.', 'the saved status');
    expect(await call('profile/get', {})).toEqual({ manager: 'Dana', days: 'Tuesdays' });
    expect(backend.sent).not.toContain('profile/save');
  });

  it('two editors of one point each save their own change, and neither undoes the other', async () => {
    const point = await addPoint({ category: 'setup', title: 'Spare room', text: 'A door that closes.', tags: ['home'] });
    await mount();
    const other = await secondWindow();
    try {
      await click($('rp-edit', pointTitled('Spare room')));
      const otherRow = $$('rp-point', other).find((row) => row.querySelector('.point-title')?.textContent === 'Spare room');
      await click($('rp-edit', otherRow));
      await type($('rp-point-title'), 'Spare room upstairs');
      await click($('rp-save'));
      await waitFor(async () => (await call('points/list', {})).find((p) => p.id === point.id)?.title === 'Spare room upstairs', 'the first save');
      await type($('rp-point-text', other), 'A door that closes, and a window.');
      await click($('rp-save', other));
      await waitFor(async () => (await call('points/list', {})).find((p) => p.id === point.id)?.text === 'A door that closes, and a window.', 'the second save');
      expect((await call('points/list', {})).find((p) => p.id === point.id)).toMatchObject({ title: 'Spare room upstairs', text: 'A door that closes, and a window.', tags: ['home'] });
    } finally {
      await act(() => render(null, other));
      other.remove();
    }
  });
});

describe('meeting card', () => {
  it('shows the ask and the points ticked for it, with objections and their answers', async () => {
    await call('profile/save', { profile: { days: 'Tuesdays', startDate: '2026-03-02', trialWeeks: '4' } });
    const objection = await addPoint({ category: 'objection-answer', title: 'Output', text: 'Judge my output.', objection: 'How will I know?', evidence: 'WTI 2022' });
    await addPoint({ category: 'sweetener', title: 'Not on the card', text: 'x' });
    await mount();
    await act(() => {
      const box = $('rp-point-on-card', pointTitled('Output')) as HTMLInputElement;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(async () => (await call('points/list', {})).find((p) => p.id === objection.id)?.onMeetingCard, 'the choice to be stored');
    await click($('rp-tab-meeting'));
    const card = $('rp-meeting-card');
    expect($('rp-card-reviewDate', card ?? undefined)?.textContent).toContain('2026-03-30');
    expect($('rp-card-objection', card ?? undefined)?.textContent).toContain('How will I know?');
    expect($('rp-card-objection', card ?? undefined)?.textContent).toContain('Judge my output.');
    expect($('rp-card-objection', card ?? undefined)?.textContent).toContain('WTI 2022');
    expect(card?.textContent).not.toContain('Not on the card');
  });
});

describe('export and import', () => {
  it('shows what a file would change and applies it only on confirmation', async () => {
    await addPoint({ category: 'setup', title: 'Kept', text: 'k' });
    const doc = await call('data/export', {});
    const file = { ...doc, points: [...doc.points, { ...doc.points[0], id: 'new-one', title: 'From the file' }], profile: { manager: 'Sam' } };
    await call('data/delete-all', {});
    await addPoint({ category: 'setup', title: 'Already here', text: 'h' });
    await mount();
    await chooseFile('backup.json', JSON.stringify(file));
    const plan = await waitFor(() => $('rp-import-plan'), 'the plan');
    expect(plan.textContent).toContain('adds 2, updates 0, leaves 1 untouched');
    expect((await call('points/list', {})).map((p) => p.title)).toEqual(['Already here']);
    await click($('rp-import-confirm'));
    await waitFor(() => pointTitled('From the file'), 'the imported row');
    expect((await call('points/list', {})).map((p) => p.title).sort()).toEqual(['Already here', 'From the file', 'Kept']);
  });

  it.each([
    ['before it wrote anything', 'before', /^The import was interrupted \(Remote Pitch's background stopped\) before it finished, so none of it was kept: your library is as it was\. Import the file again\. \(The message port closed/],
    ['after it wrote everything', 'after', undefined],
  ] as const)('says which, when the worker stopped %s: the import happened whole, or not at all', async (_label, when, error) => {
    const doc = await call('data/export', {});
    await call('data/delete-all', {});
    await mount();
    await chooseFile('backup.json', JSON.stringify({ ...doc, points: [makePoint({ id: 'from-file', title: 'From the file' })], profile: {} }));
    await waitFor(() => $('rp-import-plan'), 'the plan');
    backend.lose = { type: 'data/import', when };
    await click($('rp-import-confirm'));
    const stored = () => call('points/list', {}).then((points) => points.map((p) => p.id));
    if (error) {
      expect((await waitFor(() => $('rp-error'), 'the error')).textContent).toMatch(error);
      expect(await stored()).toEqual([]);
      expect($('rp-import-plan')).not.toBeNull();
    } else {
      await waitFor(() => $('rp-backup-status')?.textContent, 'the status');
      expect($('rp-backup-status')?.textContent).toBe("The import was interrupted (Remote Pitch's background stopped), but it had finished: it added 1 points and updated 0.");
      expect(await stored()).toEqual(['from-file']);
      expect(pointTitled('From the file')).toBeTruthy();
    }
    expect(backend.sent).toContain('data/import-status');
  });

  it("shows the validator's message for a rejected file and changes nothing", async () => {
    await addPoint({ category: 'setup', title: 'Kept', text: 'k' });
    const before = await call('data/export', {});
    await mount();
    const doc = { ...before, points: [{ ...before.points[0], category: 'gossip' }] };
    await chooseFile('bad.json', JSON.stringify(doc));
    const error = await waitFor(() => $('rp-error'), 'the error');
    expect(error.textContent).toContain("points[0].category: 'gossip' is not one of");
    expect($('rp-import-confirm')).toBeNull();
    expect(backend.sent).not.toContain('data/import');
    expect((await call('data/export', {})).points).toEqual(before.points);
  });
});

describe('settings', () => {
  it('says what deleting everything would lose, and keeps it all on cancel', async () => {
    await call('profile/save', { profile: { manager: 'Dana', days: 'Tuesdays' } });
    await addPoint({ category: 'setup', title: 'Mine', text: 'm' });
    await mount();
    await click($('rp-tab-settings'));
    await click($('rp-delete-all'));
    const details = $('rp-delete-all-details')?.textContent ?? '';
    expect(details).toContain('all 1 points, including the 1 you wrote yourself');
    expect(details).toContain('your 2 filled-in fill-ins');
    expect(document.activeElement).toBe($('rp-delete-all-cancel'));
    await click($('rp-delete-all-cancel'));
    expect(await call('points/list', {})).toHaveLength(1);
    await click($('rp-delete-all'));
    await click($('rp-delete-all-confirm'));
    await waitFor(() => backend.sent.includes('data/delete-all'), 'the deletion');
    await waitFor(async () => (await call('points/list', {})).length === 0, 'an empty store');
    expect(await call('profile/get', {})).toEqual({});
  });

  it('turns sync on from its checkbox and says it is on, when it last ran and how much of the sync space it uses', async () => {
    await addPoint({ category: 'setup', title: 'Mine', text: 'A desk by the window.' });
    await mount();
    await click($('rp-tab-settings'));
    const toggle = () => $('rp-sync-toggle') as HTMLInputElement;
    await waitFor(() => !toggle().disabled, 'the switch');
    expect(toggle().type).toBe('checkbox');
    expect(toggle().checked).toBe(false);
    expect($('rp-sync-status')?.textContent).toBe('Sync is off: your pitch stays on this computer only.');
    await act(() => toggle().click());
    await waitFor(() => $('rp-sync-status')?.textContent?.startsWith('Sync is on. Last synced'), 'the status');
    expect(toggle().checked).toBe(true);
    const percent = Math.max(1, Math.round((syncArea.bytesInUse() / 102_400) * 100));
    expect($('rp-sync-status')?.textContent).toContain(`; ${percent}% of the browser's sync space in use (${(syncArea.bytesInUse() / 1024).toFixed(1)} of 100.0 KB).`);
    expect($('rp-sync-error')).toBeNull();

    await click($('rp-delete-all'));
    expect($('rp-delete-all-details')?.textContent).toContain("the copy in your browser's sync");
    await click($('rp-delete-all-cancel'));
    await act(() => toggle().click());
    await waitFor(() => $('rp-sync-status')?.textContent === 'Sync is off: your pitch stays on this computer only.', 'sync off');
    expect((await call('points/list', {})).map((p) => p.title)).toEqual(['Mine']);
  });

  it('says what does not fit the sync space, and that it stays here untouched', async () => {
    await call('points/put', { points: Array.from({ length: 40 }, (_, i) => makePoint({ id: `big-${i}`, order: i, text: incompressibleText(4000, i + 1) })) });
    await mount();
    await click($('rp-tab-settings'));
    await waitFor(() => !($('rp-sync-toggle') as HTMLInputElement).disabled, 'the switch');
    await act(() => ($('rp-sync-toggle') as HTMLInputElement).click());
    const error = await waitFor(() => $('rp-sync-error'), 'the error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toMatch(/^\d+ of your points don't fit in the browser's sync space, so sync is paused for them: they stay on this computer only, untouched\. Delete or shorten points to make room\.$/);
    expect(await call('points/list', {})).toHaveLength(40);
  });
});
