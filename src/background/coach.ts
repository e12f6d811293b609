import type { IDBPDatabase } from 'idb';
import type { Message, ResponseOf } from '../shared/messages';
import type { PitchPoint } from '../core/point';
import type { Profile } from '../core/profile';
import type { PitchDB } from '../storage/schema';
import { listPoints } from '../storage/points';
import { getProfile } from '../storage/profile';
import { withStatutoryChecks } from './drafts';
import { nlpModelLoaded } from './nlp-model';
import { analyzeDraft, facetsInWords, FACETS, FINDING_IDS, withDefaults, type DraftAnalysis, type FindingId } from '../core/coach/analyze';
import { coachBadge, coachView, type CoachOffers } from '../shared/coach-view';
import { layOutText, layOutTree, type DraftLayout } from '../core/coach/draft-tree';
import { pointsForGaps, rankSuggestions } from '../core/coach/rank';
import { readsWords } from '../core/coach/sentences';

type CoachRequest = Extract<Message, { type: 'coach/analyze' }>;

/**
 * The facets each point's (filled) words show, remembered while the worker lives: reading 200
 * points' words costs more than analysing a short draft, and the panel asks again as the user types.
 * Only a cache: a worker woken afresh reads them again.
 */
const wordsSeen = new Map<string, ReturnType<typeof facetsInWords>>();
const WORDS_REMEMBERED = 5_000;

function facetsOfWords(text: string): ReturnType<typeof facetsInWords> {
  let facets = wordsSeen.get(text);
  if (!facets) {
    if (wordsSeen.size >= WORDS_REMEMBERED) wordsSeen.clear();
    facets = facetsInWords(text);
    wordsSeen.set(text, facets);
  }
  return facets;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const isFindingId = (id: string): id is FindingId => (FINDING_IDS as readonly string[]).includes(id);

/**
 * Hands the worker back, between the coach's steps, to requests that arrived meanwhile (the
 * popup's list), so a long draft delays them by one step at most.
 */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Where each flagged sentence is in the tree the page sent, for its "replace" buttons. */
function placesOf(analysis: DraftAnalysis, layout: DraftLayout): CoachOffers['places'] {
  const places: NonNullable<CoachOffers['places']> = {};
  for (const { id, fixes, sentence } of analysis.findings) {
    if (fixes.length === 0) continue;
    // A list item's "- " is the layout's, not the page's: the sentence starts after it.
    let start = sentence.start;
    while (start < sentence.end && !layout.pointAt(start)) start++;
    const from = layout.pointAt(start);
    const to = from ? layout.pointAfter(sentence.end) : null;
    if (from && to) places[id] = JSON.stringify({ start: from, end: to });
  }
  return places;
}

/**
 * The coach's answer to a compose, given the library and the fill-ins (empty when the request asks
 * only for the badge). Its view and draft reader live beside the content script that uses them but
 * are pure, and run here so the mail page never loads them. The tree is laid out within its limits
 * (`layOutTree`), so whatever a page sends, the answer comes quickly.
 * @internal Exported for the content script's unit tests, whose stand-in worker answers with it.
 */
export function coachAnswer(m: CoachRequest, points: readonly PitchPoint[], profile: Profile, layout: DraftLayout = layoutOf(m)): ResponseOf<'coach/analyze'> {
  const analysis = analyzeDraft(layout.text, { dismissed: strings(m.dismissed).filter(isFindingId), fillIns: profile });
  const insertedIds = strings(m.insertedIds);
  const order = m.rank ? rankSuggestions(points, analysis, { insertedIds }).map((point) => point.id) : undefined;
  const offers = (): CoachOffers => ({
    places: placesOf(analysis, layout),
    points: pointsForGaps(points, analysis, { insertedIds, wordsOf: (point) => facetsOfWords(withDefaults(point.text, profile)) }),
  });
  return { analysis, badge: coachBadge(analysis), ...(order && { order }), ...(m.view && { view: coachView(analysis, FACETS, offers()) }) };
}

function layoutOf(m: CoachRequest): DraftLayout {
  return typeof m.text === 'string' ? layOutText(m.text) : layOutTree(Array.isArray(m.draft) ? m.draft : []);
}

/** The handler: reads what the answer needs, then hands the worker to waiting requests before working. */
export async function coach(db: IDBPDatabase<PitchDB>, m: CoachRequest): Promise<ResponseOf<'coach/analyze'>> {
  const full = m.rank === true || m.view === true;
  const [profile, points] = full ? await Promise.all([getProfile(db), listPoints(db)]) : [{}, []];
  await breathe();
  const layout = layoutOf(m);
  if (readsWords(layout.text)) await nlpModelLoaded();
  // The section is the costly part (its offers read each point's words), and the panel's ranking
  // and points, asked alongside it, should not wait for it.
  if (m.view === true) await breathe();
  const answer = coachAnswer(m, points, profile, layout);
  return answer.view ? { ...answer, view: await withStatutoryChecks(db, answer.view, layout.text) } : answer;
}
