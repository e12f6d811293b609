import type { FindingId } from '../../../core/coach/analyze';
import { send, type ResponseOf } from '../../../shared/messages';
import { caretToRestore, type SavedCaret } from '../../editor/caret';
import { readDraft } from '../../editor/draft-reading';
import { spaceForCaret } from '../../editor/insert-spacing';
import { insertPlainText } from '../../editor/insert-text';
import { build } from '../../ui/element';
import type { ComposeFeature, FeatureCompose } from '../feature';
import { trailing, type Trailing } from './schedule';

/**
 * The draft coach in a compose. Its rules, and even the drawing of its section, live in the service
 * worker (they would more than double the script every mail page loads), so each look at the draft
 * is one message there: the body's text, read without its quotes and signature.
 *
 * When it looks:
 * - panel open: 250 ms after typing pauses (so at most four times a second), and right after a
 *   finding is dismissed;
 * - panel closed: only the launcher's badge ("5/8") shows the coach, so it waits for a real pause
 *   (1 s) and asks for nothing but the analysis: one cheap request per pause, none per key. It also
 *   looks when the compose is found (a draft reopened with text in it) and right after an insertion;
 * - opening the panel asks, before the panel is built, once for the section and the ranking of the
 *   points together; for a blank draft, unless that answer is already there, the ranking is asked
 *   alone first, as it comes sooner than the section.
 * A body without any text needs no request: there is nothing to count yet.
 * @internal Exported for its unit tests.
 */
export const PANEL_WAIT = 250;
/** @internal Exported for its unit tests. */
export const BADGE_WAIT = 1000;

type Answer = ResponseOf<'coach/analyze'>;

interface CoachState {
  readonly dismissed: Set<FindingId>;
  /** The open panel's section, or null while the panel is closed. */
  section: HTMLElement | null;
  /** The latest request: an older answer arriving late is not shown, and the ranking reuses it once it came. */
  last: { key: string; full: boolean; answer: Promise<Answer>; came: boolean } | null;
  /** The next look after typing; one for both waits, so closing the panel mid-wait still gets it. */
  readonly wait: Trailing;
  /** The open panel's ranking, asked as it opened (alongside its points, not after them). */
  ranking: Promise<Answer> | null;
}

const states = new WeakMap<FeatureCompose, CoachState>();

function stateOf(compose: FeatureCompose): CoachState {
  let state = states.get(compose);
  if (!state) {
    state = { dismissed: new Set(), section: null, last: null, wait: trailing(() => void look(compose)), ranking: null };
    states.set(compose, state);
  }
  return state;
}

/** What the worker is sent about the draft as it is now, and its key (one per distinct draft). */
function requestOf(compose: FeatureCompose, state: CoachState) {
  const request = { draft: readDraft(compose.body, compose.draftRules), insertedIds: [...compose.insertedIds], dismissed: [...state.dismissed] };
  return { request, key: JSON.stringify(request) };
}

/**
 * Sends the draft to the worker, or hands back the request already made for the same draft.
 * `full` asks for the panel's share too (the section and the ranking).
 */
function ask(compose: FeatureCompose, state: CoachState, full: boolean): Promise<Answer> {
  const { request, key } = requestOf(compose, state);
  if (state.last?.key === key && (state.last.full || !full)) return state.last.answer;
  const answer = send('coach/analyze', { ...request, rank: full, view: full });
  const last = { key, full, answer, came: false };
  state.last = last;
  answer.then(() => (last.came = true), () => undefined);
  return answer;
}

/**
 * The order of the points for the panel of a blank draft: from the whole answer for it once it came
 * (a panel opened again), else asked alone, which the worker answers before it draws the section,
 * so the points need not wait for the section.
 */
function ranking(compose: FeatureCompose, state: CoachState): Promise<Answer> {
  const { request, key } = requestOf(compose, state);
  const { last } = state;
  if (last?.came && last.full && last.key === key) return last.answer;
  return send('coach/analyze', { ...request, rank: true, view: false });
}

async function look(compose: FeatureCompose): Promise<void> {
  const state = stateOf(compose);
  const { section } = state;
  let request: Promise<Answer> | undefined;
  try {
    if (!section && !compose.body.textContent?.trim()) {
      compose.showBadge(null);
      return;
    }
    request = ask(compose, state, section !== null);
    const { badge, view } = await request;
    if (state.last?.answer !== request) return;
    compose.showBadge(badge?.text ?? null, badge?.spoken);
    if (view && section && state.section === section) {
      const root = section.getRootNode() as ShadowRoot;
      const focused = section.contains(root.activeElement) ? root.activeElement?.id : undefined;
      section.replaceChildren(build(section.ownerDocument, view));
      // Redrawn under the keyboard: focus goes back to the same item, or stays in the section.
      if (focused !== undefined) (root.getElementById(focused) ?? section).focus({ preventScroll: true });
    }
  } catch {
    // Nothing half-drawn: without an answer the coach shows nothing, and the panel goes on working
    // (after an extension update, the panel itself says to reload the page).
    if (request && state.last?.answer === request) state.last = null;
    compose.showBadge(null);
    section?.replaceChildren();
  }
}

/**
 * A better phrasing in place of the sentence it was offered for, which the worker located as paths
 * into the body. The draft is read again first: only when it is still the one the worker read are
 * those paths trusted, so the wrong words are never replaced; otherwise the section is redrawn.
 */
function rephrase(compose: FeatureCompose, state: CoachState, button: HTMLElement): void {
  const read = state.last;
  void ask(compose, state, true);
  if (state.last !== read) return void look(compose);
  const { body } = compose;
  const place = JSON.parse(button.dataset.fix ?? '') as Omit<SavedCaret, 'range'>;
  const range = caretToRestore(body, { range: body.ownerDocument.createRange(), ...place });
  // Through the editor, like an insertion: one undo step, and the site hears the input and saves.
  insertPlainText(body, range, spaceForCaret(body, range, button.dataset.text ?? ''));
}

function showIn(compose: FeatureCompose, section: HTMLElement, signal: AbortSignal): void {
  const state = stateOf(compose);
  state.section = section;
  // Where focus waits while the section is redrawn under it, so the keyboard stays in the panel.
  section.tabIndex = -1;
  section.addEventListener('click', (event) => {
    const target = event.target as Element;
    const id = target.closest('[data-dismiss]')?.getAttribute('data-dismiss');
    const pick = target.closest<HTMLElement>('[data-pick]')?.dataset.pick;
    const fix = target.closest<HTMLElement>('[data-fix]');
    if (pick) compose.pick(pick);
    else if (fix) rephrase(compose, state, fix);
    else if (id) {
      section.focus();
      state.dismissed.add(id as FindingId);
      void look(compose);
    }
  }, { signal });
  signal.addEventListener('abort', () => {
    state.section = null;
    state.ranking = null;
  }, { once: true });
  state.wait.cancel();
  void look(compose);
}

/**
 * Asks, before the panel is built, for what it will show: the look its 'panel-open' takes then
 * finds this answer on its way. A blank draft's ranking is asked on its own, ahead of the section:
 * it costs the worker nothing, while the section (its offers read every point's words) is what a
 * worker just woken is slow at. A draft with words shares one analysis between the two, which on a
 * long draft is the slow part.
 */
function opening(compose: FeatureCompose, state: CoachState): void {
  // A look still waiting after typing is cancelled by 'panel-open', which comes in this same task.
  if (compose.body.textContent?.trim()) {
    state.ranking = null;
    void ask(compose, state, true);
  } else {
    const asked = ranking(compose, state);
    // Awaited by `order` once the points came; a failure is its to handle, not "unhandled" meanwhile.
    asked.catch(() => undefined);
    state.ranking = asked;
  }
}

function init(compose: FeatureCompose, signal: AbortSignal): void {
  const state = stateOf(compose);
  compose.on('panel-opening', () => opening(compose, state), signal);
  compose.on('panel-open', ({ section, signal: open }) => showIn(compose, section, open), signal);
  compose.on('input', ({ panelOpen }) => state.wait.poke(panelOpen ? PANEL_WAIT : BADGE_WAIT), signal);
  compose.on('inserted', () => {
    state.wait.cancel();
    void look(compose);
  }, signal);
  signal.addEventListener('abort', () => state.wait.cancel(), { once: true });
  // A draft reopened with text in it gets its badge at once.
  void look(compose);
}

/** Points that fill what the draft lacks first, points already in it last (core/coach/rank.ts, in the worker). */
async function order<T extends { id: string }>(points: T[], compose: FeatureCompose): Promise<T[]> {
  const state = stateOf(compose);
  const { order: ids } = await (state.ranking ?? ask(compose, state, true));
  if (!ids) return points;
  const place = new Map(ids.map((id, index) => [id, index]));
  const at = (id: string) => place.get(id) ?? ids.length;
  return [...points].sort((a, b) => at(a.id) - at(b.id));
}

export const coach: ComposeFeature = { init, order };

/*
 * Try it on: any compose in Gmail or Outlook on the web. Type "I'd like to work from home on
 * Tuesdays" and watch the launcher's badge count the schedule after a second's pause; open the panel
 * for the checklist; write "or I will have to look for another job" for a finding to dismiss; reply
 * to a thread and see that the quoted message does not count.
 */
