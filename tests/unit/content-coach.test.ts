// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeDraft, type DraftAnalysis } from '../../src/core/coach/analyze';
import { createPoint, type PitchPoint } from '../../src/core/point';
import { BADGE_WAIT, PANEL_WAIT } from '../../src/content/features/coach/coach';
import { trailing } from '../../src/content/features/coach/schedule';
import { coachView } from '../../src/shared/coach-view';
import { coachAnswer } from '../../src/background/coach';
import { ComposeWatch } from '../../src/content/compose/watch';
import { FEATURES } from '../../src/content/features';
import { panelKit } from '../../src/content/on-first-use/open-panel';

/** The panel's script as the worker would inject it, handed over at once. */
const KIT = () => panelKit(FEATURES);
import { build } from '../../src/content/ui/element';
import { addTestCompose, TEST_SITE } from './test-site';

const SCHEDULE = "I'd like to work from home on Tuesdays and Thursdays.";
const ULTIMATUM = 'If this is not possible, I will have to look for another job.';

describe('trailing debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, a full wait after the last of a burst of pokes', () => {
    const run = vi.fn();
    const wait = trailing(run);
    for (let n = 0; n < 10; n += 1) {
      wait.poke(250);
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(149);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits as long as the latest poke asks', () => {
    const run = vi.fn();
    const wait = trailing(run);
    wait.poke(1000);
    vi.advanceTimersByTime(500);
    wait.poke(250);
    vi.advanceTimersByTime(250);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const run = vi.fn();
    const wait = trailing(run);
    wait.poke(250);
    wait.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('the coach section as drawn from an analysis', () => {
  afterEach(() => document.body.replaceChildren());

  function draw(analysis: DraftAnalysis): HTMLElement {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const section = build(document, coachView(analysis));
    if (typeof section === 'string') throw new Error('no element');
    shadow.append(section);
    return section as HTMLElement;
  }

  it('lists every facet, covered or missing, each focusable and described by the words that show it', () => {
    const section = draw(analyzeDraft(`Hi Sam,\n\n${SCHEDULE}`));
    expect(section.dataset.testid).toBe('rp-coach');
    const facets = [...section.querySelectorAll<HTMLElement>('[data-testid="rp-facet"]')];
    expect(facets.map((facet) => facet.dataset.facet)).toEqual(['schedule', 'business-benefit', 'indicator', 'trial', 'sweetener', 'communication', 'track-record', 'next-step']);
    expect(facets.filter((facet) => facet.dataset.covered === 'true').map((facet) => facet.dataset.facet)).toEqual(['schedule']);
    const schedule = facets[0];
    expect(schedule?.tabIndex).toBe(0);
    expect(schedule?.getAttribute('aria-label')).toBe('Concrete schedule: covered');
    const tip = (section.getRootNode() as ShadowRoot).getElementById(schedule?.getAttribute('aria-describedby') ?? '');
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toMatch(/^Found: “.*Tuesdays and Thursdays”/);
    expect(facets[2]?.getAttribute('aria-label')).toBe('Measurable indicator: missing');
  });

  it('shows each finding with its message, the words it is about and a dismiss button, and the score', () => {
    const analysis = analyzeDraft(`${SCHEDULE} ${ULTIMATUM}`);
    const section = draw(analysis);
    const finding = section.querySelector<HTMLElement>('[data-testid="rp-finding"][data-finding-id="ultimatum"]');
    expect(finding?.dataset.severity).toBe('high');
    expect(finding?.textContent).toContain(analysis.findings.find((f) => f.id === 'ultimatum')?.message);
    expect(finding?.querySelector('.ev')?.textContent).toMatch(/^“.*(another job|look for).*”$/);
    expect(finding?.querySelector('button')?.dataset.dismiss).toBe('ultimatum');
    expect(section.querySelector('[data-testid="rp-score"]')?.textContent).toBe(String(analysis.score));
  });

  it('keeps the draft as text: words that look like markup stay letters', () => {
    const section = draw(analyzeDraft('We work from home on <img src=x onerror=alert(1)> Tuesdays and Thursdays.'));
    expect(section.querySelector('img')).toBeNull();
  });

  it('asks the user to start when the draft is empty', () => {
    expect(draw(analyzeDraft('')).textContent).toContain('Start writing');
  });
});

const adapter = TEST_SITE;

const POINTS: PitchPoint[] = [
  createPoint({ id: 'motivation', category: 'my-motivation', title: 'Focus', text: 'Quiet mornings.' }, 1),
  createPoint({ id: 'indicator', category: 'performance-indicator', title: 'Tickets', text: 'I will close 40 tickets per week.' }, 1),
  createPoint({ id: 'trial', category: 'sweetener', title: 'Trial', text: 'A six-week trial.' }, 1),
];
/** The coach's order of those for a blank draft: what fills a gap first, private motivation last. */
const BLANK_ORDER = ['indicator', 'trial', 'motivation'];

interface CoachRequest {
  type: 'coach/analyze';
  draft: unknown[];
  text?: string;
  insertedIds: string[];
  dismissed: string[];
  rank: boolean;
  view: boolean;
}

describe('the coach in a compose', () => {
  let requests: CoachRequest[];
  /** Set to make the worker fail, as an orphaned or crashed one would. */
  let failing: boolean;
  /** Set to hold back every answer that draws the section (a worker slow to draw it) until it settles. */
  let sectionsHeld: Promise<void> | null;
  let stop: AbortController;
  /** Each message as it left, and whether a panel was in the page by then. */
  let sent: { type: string; panelBuilt: boolean }[];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    requests = [];
    sent = [];
    failing = false;
    sectionsHeld = null;
    // The worker's side, answered with the same code the service worker runs.
    vi.stubGlobal('chrome', {
      runtime: {
        id: 'test',
        sendMessage: vi.fn(async (message: { type: string }) => {
          const panelBuilt = [...document.querySelectorAll('[data-remote-pitch]')].some((host) => host.shadowRoot?.querySelector('[data-testid="rp-panel"]'));
          sent.push({ type: message.type, panelBuilt });
          if (message.type === 'points/list') return { ok: true, value: POINTS };
          if (message.type === 'profile/get') return { ok: true, value: {} };
          if (message.type !== 'coach/analyze') return { ok: true, value: POINTS[0] };
          const request = message as CoachRequest;
          requests.push(request);
          if (failing) return { ok: false, error: 'worker broke' };
          if (request.view && sectionsHeld) await sectionsHeld;
          return { ok: true, value: coachAnswer(request as Parameters<typeof coachAnswer>[0], POINTS, {}) };
        }),
      },
    });
    stop = new AbortController();
  });

  afterEach(() => {
    stop.abort();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  const compose = (html = '') => addTestCompose({ html });

  /** What the user does in the body: the text changes and the editor fires `input`. */
  function type(body: HTMLElement, text: string): void {
    body.append(document.createTextNode(text));
    body.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }

  const badgeOf = (shadow: ShadowRoot) => shadow.querySelector<HTMLElement>('[data-testid="rp-badge"]');
  const settle = () => vi.advanceTimersByTimeAsync(0);

  it('shows the coverage of a draft that already has text as soon as its compose is found, and asks nothing for an empty one', async () => {
    const filled = compose(`<div>${SCHEDULE}</div>`);
    const empty = compose('');
    new ComposeWatch(adapter, document, stop.signal, KIT);
    await settle();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ rank: false, view: false });
    expect(badgeOf(filled.shadow())?.textContent).toBe('1/8');
    expect(badgeOf(filled.shadow())?.hidden).toBe(false);
    expect(badgeOf(empty.shadow())?.hidden).toBe(true);
  });

  it('waits for a one-second pause in typing before refreshing the badge of a closed panel', async () => {
    const { body, shadow } = compose('');
    new ComposeWatch(adapter, document, stop.signal, KIT);
    for (const word of "I'd like to work from home on Tuesdays and Thursdays.".split(' ')) {
      type(body, `${word} `);
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(BADGE_WAIT - 150 - 1);
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ rank: false, view: false });
    await settle();
    expect(badgeOf(shadow())?.textContent).toBe('1/8');
  });

  it('asks once when the panel opens, for both the section and the order of the points', async () => {
    const { body, shadow } = compose(`<div>${SCHEDULE}</div><div class="quote">We could measure tickets per week.</div>`);
    new ComposeWatch(adapter, document, stop.signal, KIT);
    await settle();
    requests.length = 0;
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ rank: true, view: true });
    expect(shadow().querySelector('[data-facet="schedule"]')?.getAttribute('data-covered')).toBe('true');
    // The quoted line's "tickets per week" is not the user's.
    expect(shadow().querySelector('[data-facet="indicator"]')?.getAttribute('data-covered')).toBe('false');
    const order = [...shadow().querySelectorAll<HTMLElement>('[data-testid="rp-suggestion"]')].map((row) => row.dataset.pointId);
    expect(order).toEqual(['indicator', 'trial', 'motivation']);
    expect(body.querySelector('[data-remote-pitch], .rp-coach')).toBeNull();
  });

  it('asks for the points, the profile and the coach\'s answer before it builds the panel, so they travel while it is drawn', async () => {
    for (const draft of [`<div>${SCHEDULE}</div>`, '']) {
      const { root, shadow } = compose(draft);
      new ComposeWatch(adapter, document, stop.signal, KIT);
      await settle();
      sent.length = 0;
      shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
      await settle();
      expect(shadow().querySelector('[data-testid="rp-suggestion"]')).not.toBeNull();
      const before = sent.filter(({ panelBuilt }) => !panelBuilt).map(({ type }) => type);
      expect(before).toEqual(['points/list', 'profile/get', 'coach/analyze']);
      root.remove();
      await settle();
    }
  });

  it('lists a blank draft\'s points in the coach\'s order as soon as the ranking comes, without waiting for the section, which follows', async () => {
    const { shadow } = compose('');
    new ComposeWatch(adapter, document, stop.signal, KIT);
    await settle();
    requests.length = 0;
    let release = () => {};
    sectionsHeld = new Promise((done) => (release = done));
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
    expect(requests.map(({ rank, view }) => ({ rank, view }))).toEqual([{ rank: true, view: false }, { rank: true, view: true }]);
    const order = () => [...shadow().querySelectorAll<HTMLElement>('[data-testid="rp-suggestion"]')].map((row) => row.dataset.pointId);
    expect(order()).toEqual(BLANK_ORDER);
    expect(shadow().querySelector('[data-facet="schedule"]')).toBeNull();
    release();
    await settle();
    expect(shadow().querySelector('[data-facet="schedule"]')?.getAttribute('data-covered')).toBe('false');
    // Opened again on the same draft, the answer that came serves both: nothing is asked.
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
    expect(requests).toHaveLength(2);
    expect(order()).toEqual(BLANK_ORDER);
  });

  it('follows typing in an open panel 250 ms after each pause, and after dismissing a finding at once', async () => {
    const { body, shadow } = compose('<div>Hi Sam,</div>');
    new ComposeWatch(adapter, document, stop.signal, KIT);
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
    requests.length = 0;
    type(body, SCHEDULE);
    await vi.advanceTimersByTimeAsync(PANEL_WAIT - 50);
    type(body, ` ${ULTIMATUM}`);
    await vi.advanceTimersByTimeAsync(PANEL_WAIT - 1);
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(1);
    await settle();
    const finding = () => shadow().querySelector<HTMLElement>('[data-finding-id="ultimatum"]');
    expect(finding()).not.toBeNull();
    expect(shadow().querySelector('[data-facet="schedule"]')?.getAttribute('data-covered')).toBe('true');

    finding()?.querySelector('button')?.click();
    expect(requests).toHaveLength(2);
    expect(requests[1]?.dismissed).toEqual(['ultimatum']);
    await settle();
    expect(finding()).toBeNull();
    // The closed panel's badge now waits for its own, longer pause.
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    type(body, ' Otherwise I will resign.');
    await vi.advanceTimersByTimeAsync(BADGE_WAIT);
    expect(requests).toHaveLength(3);
    expect(requests[2]).toMatchObject({ dismissed: ['ultimatum'], view: false });
  });

  it('still refreshes the badge for typing the panel had not caught up with when it closed', async () => {
    const { body, shadow } = compose('<div>Hi Sam,</div>');
    new ComposeWatch(adapter, document, stop.signal, KIT);
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
    requests.length = 0;
    type(body, SCHEDULE);
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    expect(shadow().querySelector('[data-testid="rp-panel"]')).toBeNull();
    await vi.advanceTimersByTimeAsync(PANEL_WAIT);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ view: false, rank: false });
    await settle();
    expect(badgeOf(shadow())?.textContent).toBe('1/8');
  });

  it('refreshes the badge right after an insertion and ranks the inserted point last next time', async () => {
    const { body, shadow } = compose(`<div>${SCHEDULE}</div>`);
    new ComposeWatch(adapter, document, stop.signal, KIT);
    await settle();
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
    requests.length = 0;
    shadow().querySelector<HTMLElement>('[data-point-id="indicator"]')?.click();
    expect(body.textContent).toContain('I will close 40 tickets per week.');
    await settle();
    expect(requests).toHaveLength(1);
    expect(requests[0]?.insertedIds).toEqual(['indicator']);
    expect(badgeOf(shadow())?.textContent).toBe('2/8');
    await vi.advanceTimersByTimeAsync(2 * BADGE_WAIT);
    expect(requests).toHaveLength(1);

    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
    const order = [...shadow().querySelectorAll<HTMLElement>('[data-testid="rp-suggestion"]')].map((row) => row.dataset.pointId);
    expect(order.at(-1)).toBe('indicator');
  });

  it('shows nothing of itself when the worker fails, and the panel still lists and inserts', async () => {
    failing = true;
    const { body, shadow } = compose(`<div>${SCHEDULE}</div>`);
    new ComposeWatch(adapter, document, stop.signal, KIT);
    await settle();
    expect(badgeOf(shadow())?.hidden).toBe(true);
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
    expect(shadow().querySelector('[data-testid="rp-coach"]')).toBeNull();
    const rows = [...shadow().querySelectorAll<HTMLElement>('[data-testid="rp-suggestion"]')];
    expect(rows.map((row) => row.dataset.pointId)).toEqual(['motivation', 'indicator', 'trial']);
    rows[2]?.click();
    expect(body.textContent).toContain('A six-week trial.');
  });

  it('shows the newest draft when an older answer arrives late', async () => {
    const { body, shadow } = compose('');
    const send = vi.mocked((globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage);
    const answer = send.getMockImplementation();
    let release: () => void = () => undefined;
    send.mockImplementationOnce(async (message) => {
      await new Promise<void>((done) => (release = done));
      return answer?.(message);
    });
    new ComposeWatch(adapter, document, stop.signal, KIT);
    type(body, 'Hello there.');
    await vi.advanceTimersByTimeAsync(BADGE_WAIT);
    type(body, ` ${SCHEDULE}`);
    await vi.advanceTimersByTimeAsync(BADGE_WAIT);
    await settle();
    expect(badgeOf(shadow())?.textContent).toBe('1/8');
    release();
    await settle();
    expect(badgeOf(shadow())?.textContent).toBe('1/8');
  });

  const openPanel = async (shadow: () => ShadowRoot) => {
    shadow().querySelector<HTMLButtonElement>('[data-testid="rp-launcher"]')?.click();
    await settle();
  };

  it('replaces the flagged sentence with the phrasing clicked, and leaves the rest of the draft as it was', async () => {
    const { body, shadow } = compose(`<div>${SCHEDULE}</div><div>${ULTIMATUM}</div>`);
    new ComposeWatch(adapter, document, stop.signal, KIT);
    await openPanel(shadow);
    const fix = shadow().querySelector<HTMLElement>('[data-finding-id="ultimatum"] [data-testid="rp-fix"]');
    expect(fix).not.toBeNull();
    const phrasing = fix?.dataset.text ?? '';
    fix?.click();
    expect(body.textContent).toContain(SCHEDULE);
    expect(body.textContent).toContain(phrasing);
    expect(body.textContent).not.toContain('another job');
    await vi.advanceTimersByTimeAsync(PANEL_WAIT);
    await settle();
    expect(shadow().querySelector('[data-finding-id="ultimatum"]')).toBeNull();
  });

  it('reads the draft again, and replaces nothing, when it changed after the phrasings were drawn', async () => {
    const { body, shadow } = compose(`<div>${ULTIMATUM}</div>`);
    new ComposeWatch(adapter, document, stop.signal, KIT);
    await openPanel(shadow);
    requests.length = 0;
    const line = body.querySelector('div');
    line?.firstChild?.replaceWith(`Sadly, ${ULTIMATUM}`);
    shadow().querySelector<HTMLElement>('[data-testid="rp-fix"]')?.click();
    expect(body.textContent).toBe(`Sadly, ${ULTIMATUM}`);
    expect(requests.length).toBeGreaterThan(0);
    await settle();
    expect(shadow().querySelector('[data-testid="rp-fix"]')).not.toBeNull();
  });

  it('inserts the point the coach offers for a missing facet, as picking it in the list would', async () => {
    const { body, shadow } = compose(`<div>${SCHEDULE}</div>`);
    new ComposeWatch(adapter, document, stop.signal, KIT);
    await openPanel(shadow);
    const offer = shadow().querySelector<HTMLElement>('[data-facet="trial"] [data-testid="rp-facet-point"]');
    expect(offer?.dataset.pick).toBe('trial');
    offer?.click();
    expect(body.textContent).toContain('A six-week trial.');
    await settle();
    expect(requests.at(-1)?.insertedIds).toEqual(['trial']);
  });
});
