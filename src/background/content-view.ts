import type { IDBPDatabase } from 'idb';
import { placeholderMatches } from '../core/fill';
import type { PitchPoint } from '../core/point';
import { byEmailFirst } from '../core/point-order';
import type { Message } from '../shared/messages';
import type { PitchDB } from '../storage/schema';
import { listPoints } from '../storage/points';

/**
 * What a content script is given and may change, beyond which requests it may make at all. It runs
 * in a mail page, whose scripts share its DOM: it gets only the points its panel offers (private
 * meeting-prep notes stay here), in the panel's order, and saves only fill-ins that the point it is
 * inserting asks for.
 */

/** Points meant for emails or meetings; ones kept for preparing the talk alone never reach a mail page. */
const offered = (point: PitchPoint) => point.use.length === 0 || point.use.some((use) => use !== 'prep');

/** Why a content script's request is refused, or null to run it. */
export async function contentScriptRefusal(db: IDBPDatabase<PitchDB>, message: Message): Promise<string | null> {
  if (message.type !== 'profile/update') return null;
  const point = (await listPoints(db)).find((candidate) => candidate.id === message.pointId);
  if (!point) return 'A compose may only save the fill-ins of the point it is inserting.';
  const asked = new Set([...placeholderMatches(point.text)].map((match) => match[1]));
  const other = Object.keys(message.values ?? {}).filter((key) => !asked.has(key));
  return other.length === 0 ? null : `“${point.title}” does not ask for ${other.join(', ')}.`;
}

/**
 * The answer as a content script may see it. Its points come in the panel's order: by category,
 * those meant for emails before meeting-only ones (the sorting stays out of every mail page's script).
 */
export function contentScriptView(message: Message, value: unknown): unknown {
  return message.type === 'points/list' ? (value as PitchPoint[]).filter(offered).sort(byEmailFirst) : value;
}
