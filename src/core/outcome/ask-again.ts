/**
 * When to ask again after a "not now": a few months by default, as the guidance suggests, and no
 * earlier than the law allows a new statutory request when the request was a formal one (Great
 * Britain: two in any 12 months; Northern Ireland and Ireland: one).
 */
import { addMonths, isoDate, longDate, parseIsoDate } from '../dates';
import { jurisdictionOf, isStatutory } from '../draft/statutory-rules';
import type { OutcomeEntry } from './outcome';

/** Long enough to show results on the work itself; the research speaks of "a few months". */
const PRACTICAL_WAIT_MONTHS = 3;

export interface AskAgain {
  date: string;
  why: string;
}

/**
 * The suggested date for `entry` (not yet in `log`, or in it), given the earlier requests the log
 * holds. Undefined when the day asked can't be read.
 */
export function askAgainFrom(entry: Pick<OutcomeEntry, 'id' | 'askedOn' | 'mode'>, log: readonly OutcomeEntry[]): AskAgain | undefined {
  const asked = parseIsoDate(entry.askedOn);
  if (!asked) return undefined;
  const practical = addMonths(asked, PRACTICAL_WAIT_MONTHS);
  if (!isStatutory(entry.mode)) {
    return { date: isoDate(practical), why: `In about ${PRACTICAL_WAIT_MONTHS} months, with results to show: a request that was turned down for now is easier to grant on a second look.` };
  }
  const { perYear } = jurisdictionOf(entry.mode).frequency;
  const yearBefore = addMonths(asked, -12);
  // This request and the earlier formal ones under the same law within the 12 months before it.
  const requests = [asked, ...log.filter((other) => other.id !== entry.id && other.mode === entry.mode).map((other) => parseIsoDate(other.askedOn))]
    .filter((date): date is Date => date !== undefined && date > yearBefore && date <= asked)
    .sort((a, b) => a.getTime() - b.getTime());
  // The next one may go in once the oldest of the last `perYear` is 12 months old.
  const window = requests.slice(-perYear);
  const lawful = window.length >= perYear && window[0] ? addMonths(window[0], 12) : asked;
  const date = lawful > practical ? lawful : practical;
  const rule = perYear === 1 ? 'one statutory request in any 12 months' : `${perYear} statutory requests in any 12 months`;
  return { date: isoDate(date), why: `The law allows ${rule}: the next may be made from ${longDate(lawful)}.` };
}
