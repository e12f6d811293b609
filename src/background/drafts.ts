import type { IDBPDatabase } from 'idb';
import { localToday } from '../core/dates';
import { checkStatutory } from '../core/draft/statutory-check';
import { isStatutory } from '../core/draft/statutory-rules';
import { currentDraft, newDraft } from '../core/draft/saved-draft';
import { draftsView, statutoryView, type DraftText } from '../shared/drafts-view';
import type { ResponseOf } from '../shared/messages';
import type { ViewNode } from '../shared/view-node';
import { getDraft } from '../storage/drafts';
import { getEmail } from '../storage/follow-ups';
import { listOutcomes } from '../storage/outcomes';
import { buildRecap } from '../core/outcome/follow-up';
import { listPoints } from '../storage/points';
import { getProfile } from '../storage/profile';
import type { PitchDB } from '../storage/schema';

type DB = IDBPDatabase<PitchDB>;

/**
 * The compose panel's whole drafts, as they stand now: the user's edited text, or what the builder
 * writes from today's points and fill-ins (also before the user ever opened the builder), with every
 * fill-in known here already applied, so the panel asks only for what is truly missing.
 */
export async function listDrafts(db: DB, now: number): Promise<ResponseOf<'drafts/list'>> {
  const [points, profile, saved, outcomes, recapEdit] = await Promise.all([listPoints(db), getProfile(db), getDraft(db, 'request'), listOutcomes(db), getEmail(db, 'recap')]);
  const request: DraftText = { title: 'Your request', text: currentDraft(saved ?? newDraft(), points, profile, localToday(new Date(now))).body };
  // The recap is of the latest meeting in the outcome log: none before the user logged one.
  const [latest] = outcomes;
  if (!latest) return [draftsView(['request']), { request }];
  const recap: DraftText = { title: 'Your recap', text: recapEdit?.body ?? buildRecap(latest, profile).body };
  return [draftsView(['request', 'recap']), { request, recap }];
}

/**
 * While the builder's formal-request mode is on, the coach's section in a compose also shows what
 * that law asks the request to contain, checked in the compose's own text.
 */
export async function withStatutoryChecks(db: DB, view: ViewNode, text: string): Promise<ViewNode> {
  const mode = (await getDraft(db, 'request'))?.mode ?? 'standard';
  if (!isStatutory(mode)) return view;
  return ['div', {}, view, statutoryView(mode, checkStatutory(text, mode))];
}
