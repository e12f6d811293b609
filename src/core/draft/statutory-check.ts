/**
 * Whether a draft holds each element a formal request must contain, read from its text, so the
 * checklist follows the user's own edits (and the compose they write in). These are English
 * heuristics: each looks for how a letter says the thing, not for our template's exact words.
 */
import { ELEMENT_LABELS, jurisdictionOf, type ElementId, type StatutoryMode } from './statutory-rules';

export interface ElementCheck {
  id: ElementId;
  label: string;
  present: boolean;
}

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
/** A full calendar date: "1 February 2027", "February 1, 2027", "2027-02-01", "01/02/2027". */
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})`;
const WEEKDAYS = '(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)';
const TIME = '(?:\\d{1,2}[:.]\\d{2}|\\d{1,2} ?(?:am|pm)\\b|core hours|office hours|working hours|usual hours|my hours)';

const pattern = (source: string, flags = 'i') => new RegExp(source, flags);

/** Each element and what shows it; an element is present when every one of its patterns matches. */
const DETECTORS: Readonly<Record<ElementId, readonly RegExp[]>> = {
  // A line of its own holding a date, as a letter is dated; a date inside a sentence is another thing.
  date: [pattern(`^[ \\t]*(?:date[ \\t]*:[ \\t]*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?${DATE}[ \\t.]*$`, 'im')],
  statement: [
    pattern(
      '\\bstatutory (?:flexible[- ]working |remote[- ]working )?(?:request|application|right)\\b|\\bstatutory right to request\\b|\\bwork life balance and miscellaneous provisions act\\b|\\b(?:under|in line with) (?:part 3 of )?the work life balance\\b',
    ),
  ],
  change: [
    pattern(
      '\\b(?:work|working|be based|be working) (?:from home|at home|remotely)\\b|\\b(?:place of work|working pattern|pattern of work|hours of work|working hours|remote working|home working|hybrid (?:working|pattern))\\b',
    ),
  ],
  'days-times': [pattern(`\\b${WEEKDAYS}|\\b(?:one|two|three|four|[1-4]) days? (?:a|per|each) week\\b`), pattern(`\\b${TIME}`)],
  location: [pattern('\\blocation[ \\t]*:[ \\t]*\\S|\\baddress[ \\t]*:[ \\t]*\\S|\\b(?:from|at) (?:my home (?:at|in)|home at|the address)[ \\t]+\\S')],
  'start-date': [pattern(`\\b(?:start|starting|begin|beginning|commence|commencing|effective|from|as of)\\b[^.!?\\n]{0,40}?${DATE}`)],
  duration: [
    pattern(
      '\\bduration[ \\t]*:[ \\t]*\\S|\\b(?:end date|until|ending on|to end on|for (?:a period of|an initial|the first|a trial of)|ongoing|indefinitely|permanent(?:ly)?|with no end date)\\b|\\b(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:weeks?|months?)\\b',
    ),
  ],
  reasons: [pattern('\\breasons?\\b[^.!?\\n]{0,30}?:[ \\t]*\\S|\\b(?:my reasons? (?:is|are|for)|the reason (?:is|for)|because|this would (?:let|allow|help) me)\\b')],
  'business-effect': [
    pattern('\\b(?:effects?|impacts?)\\b[^.!?\\n]{0,25}?\\b(?:on|for|to) (?:the |our |my )?(?:business|team|service|department|company|employer|work|colleagues|clients|customers)\\b'),
  ],
  'effect-handling': [
    pattern(
      '\\b(?:deal(?:t)? with|handle[ds]?|manage[ds]?|address(?:ed)?|mitigate[ds]?|covered|cover(?:ed)? by)\\b[^.!?\\n]{0,30}?\\b(?:effect|impact|it|this|that|them)\\b|\\bhow (?:it|this|the effect|any effect|the impact) (?:can|could|would|will) be\\b',
    ),
  ],
  'previous-requests': [
    pattern(
      '\\b(?:not|never) (?:made|submitted|sent|put in) (?:a |an |any )?(?:previous |earlier |prior |other )?(?:statutory |formal |flexible[- ]working |remote[- ]working )*(?:requests?|applications?)\\b|\\b(?:previous|earlier|prior|last|first|only) (?:statutory |formal |flexible[- ]working |remote[- ]working )*(?:requests?|applications?)\\b|\\bno (?:previous|earlier|prior) (?:statutory |formal )?(?:requests?|applications?)\\b',
    ),
  ],
  signature: [pattern('^[ \\t]*(?:signed|signature)[ \\t]*:?[ \\t]*\\S', 'im')],
};

const GAP = '(?:\\{[A-Za-z][A-Za-z0-9_]*\\}|\\[[A-Za-z][A-Za-z0-9_]*\\])';
/** "Location: {workLocation}": a label whose value is still a gap says nothing yet. */
const LABELLED_GAP = new RegExp(`[^\\n.!?:]*:[ \\t]*${GAP}[ \\t]*$`, 'gm');

/**
 * A gap the user has not filled (`{startDate}`, or a prompt's `[startDate]`) does not count as the
 * element being there: it is taken out before looking, and with it a label it is the only value of.
 */
function withoutGaps(text: string): string {
  return text.replace(LABELLED_GAP, '').replace(new RegExp(GAP, 'g'), '');
}

/** One entry per element the jurisdiction requires, in the letter's order. */
export function checkStatutory(text: string, mode: StatutoryMode): ElementCheck[] {
  const clean = withoutGaps(text.replace(/[‘’]/g, "'"));
  return jurisdictionOf(mode).elements.map((id) => ({
    id,
    label: ELEMENT_LABELS[id],
    present: DETECTORS[id].every((detector) => detector.test(clean)),
  }));
}
