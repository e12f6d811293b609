/**
 * The draft the builder keeps between visits (the popup can close at any moment): the user's
 * choices, and the subject and body once they edited them. Until then the text is rebuilt from the
 * choices, so it follows the points and fill-ins as they change. The worker checks what it stores
 * (`draft-check.ts`).
 */
import { fill } from '../fill';
import type { PitchPoint } from '../point';
import type { Profile } from '../profile';
import { buildDraft, draftValues, type BuiltDraft, type DraftChoices, type DraftField } from './build';
import type { ComposeTarget } from './compose-links';
import { preselected } from './sections';

/** Which of the user's drafts: the request built in the Draft tab. */
const DRAFT_KINDS = ['request'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export function isDraftKind(value: unknown): value is DraftKind {
  return typeof value === 'string' && (DRAFT_KINDS as readonly string[]).includes(value);
}

export interface SavedDraft {
  tone: DraftChoices['tone'];
  length: DraftChoices['length'];
  mode: DraftChoices['mode'];
  /** The chosen point ids; null while the user kept the preselection (it then follows new points). */
  chosen: string[] | null;
  previousRequest: boolean;
  /** ISO; empty means "the day it is sent", which is today whenever the draft is looked at. */
  sendDate: string;
  values: Partial<Record<DraftField, string>>;
  /** Which Outlook the "Open as a new Outlook draft" button opens. */
  outlook: Extract<ComposeTarget, `outlook-${string}`>;
  /** The user's own subject and body; null while they follow what the builder writes. */
  subject: string | null;
  body: string | null;
  updatedAt: number;
}

export const DRAFT_LIMITS = { subject: 500, body: 20_000, value: 500, chosen: 10_000, id: 100 } as const;

export function newDraft(): SavedDraft {
  return {
    tone: 'friendly',
    length: 'full',
    mode: 'standard',
    chosen: null,
    previousRequest: false,
    sendDate: '',
    values: {},
    outlook: 'outlook-work',
    subject: null,
    body: null,
    updatedAt: 0,
  };
}

/** The choices a saved draft stands for, today: the preselection while none was made, today as the send date while none was set. */
function choicesOf(draft: SavedDraft, points: readonly PitchPoint[], today: string): DraftChoices {
  return {
    tone: draft.tone,
    length: draft.length,
    mode: draft.mode,
    chosen: draft.chosen ?? preselected(points),
    previousRequest: draft.previousRequest,
    sendDate: draft.sendDate || today,
    values: draft.values,
  };
}

export interface CurrentDraft {
  choices: DraftChoices;
  /** What the builder writes for these choices. */
  built: BuiltDraft;
  /** What the user sees and sends: their own text where they edited it, else the built one. */
  subject: string;
  body: string;
}

export function currentDraft(draft: SavedDraft, points: readonly PitchPoint[], profile: Profile, today: string): CurrentDraft {
  const choices = choicesOf(draft, points, today);
  const built = buildDraft(points, profile, choices);
  // Fill-ins saved since the user edited the text fill its gaps now.
  const values = draftValues(profile, choices);
  return {
    choices,
    built,
    subject: draft.subject === null ? built.subject : fill(draft.subject, values).text,
    body: draft.body === null ? built.body : fill(draft.body, values).text,
  };
}
