/**
 * The right-to-request rules the formal request follows, as data: what the letter must contain,
 * who may ask and how often, and what the employer must do by when. Facts come from the project's
 * research (shared/domain/domain.md §6, sources S22–S25); the wording is ours. Law changes, so the
 * date the rules were last checked travels with them and is shown beside them, and a unit test fails
 * once that date is more than a year old, so that someone checks them again.
 */

/** The request modes the builder offers: an ordinary proposal, or a request under one of these laws. */
export const DRAFT_MODES = ['standard', 'uk', 'ni', 'ie'] as const;
export type DraftMode = (typeof DRAFT_MODES)[number];
export type StatutoryMode = Exclude<DraftMode, 'standard'>;

export function isStatutory(mode: DraftMode): mode is StatutoryMode {
  return mode !== 'standard';
}

/** What a formal request must hold, each checked for in the draft as the user edits it. */
export type ElementId =
  | 'date'
  | 'statement'
  | 'change'
  | 'days-times'
  | 'location'
  | 'start-date'
  | 'duration'
  | 'reasons'
  | 'business-effect'
  | 'effect-handling'
  | 'previous-requests'
  | 'signature';

/** A deadline or waiting time, counted from the day the request is sent. */
export interface Period {
  unit: 'days' | 'weeks' | 'months';
  count: number;
}

interface Source {
  /** The research's source number. */
  id: string;
  title: string;
  url: string;
}

export interface Jurisdiction {
  /** Where the law applies, as the mode picker names it. */
  name: string;
  /** The law the request is made under. */
  law: string;
  /** In the order the letter holds them. */
  elements: readonly ElementId[];
  /** Who may ask: service needed, size of employer, in plain words. */
  eligibility: readonly string[];
  /** How many statutory requests a year, and the wait before the next. */
  frequency: { perYear: number; note: string };
  /** The employer's duties, in order; a duty with a period gets its date computed from the send date. */
  duties: readonly { text: string; within?: Period }[];
  /** How far ahead of the start date the request must be sent, when the law says. */
  noticeBeforeStart?: Period;
  /** Things worth knowing before sending. */
  notes: readonly string[];
  sources: readonly Source[];
}

/** What a formal request element is called in the checklist. */
export const ELEMENT_LABELS: Readonly<Record<ElementId, string>> = {
  date: 'The date of the request',
  statement: 'Says it is made under the statutory right',
  change: 'The change asked for',
  'days-times': 'The days and times to work remotely',
  location: 'Where you would work from',
  'start-date': 'The proposed start date',
  duration: 'How long it lasts, or its end date',
  reasons: 'Your reasons',
  'business-effect': 'The effect on the business',
  'effect-handling': 'How that effect can be dealt with',
  'previous-requests': 'Any previous requests, and when',
  signature: 'Your signature (name)',
};

export const STATUTORY_RULES = {
  /** When these rules were last compared with their sources (ISO date). */
  lastChecked: '2026-12-01',
  /** What they were compared with. */
  checkedAgainst: "Remote Pitch's research notes (shared/domain/domain.md §6), which cite the sources below",
  jurisdictions: {
    uk: {
      name: 'United Kingdom: England, Scotland and Wales',
      law: 'the statutory right to request flexible working, as it stands since 6 April 2024',
      elements: ['date', 'statement', 'change', 'start-date', 'previous-requests'],
      eligibility: ['A right from your first day in the job (the 26-week wait ended on 6 April 2024).'],
      frequency: { perYear: 2, note: 'Up to two statutory requests in any 12 months, and only one under consideration at a time.' },
      duties: [
        { text: 'Decide, including any appeal, unless you both agree to take longer', within: { unit: 'months', count: 2 } },
        { text: 'Talk it through with you before turning it down' },
        { text: 'Turn it down only for one of the eight business reasons the law lists (extra cost, customer demand, reorganising work, recruiting, quality, performance, too little work at those times, planned structural changes); "it would set a precedent" is not one of them' },
      ],
      notes: [
        'You no longer have to explain how the change would affect the business; giving a reason is up to you.',
        'An accepted change is a permanent change to your contract unless you agree otherwise: if you want a trial, say so in the request.',
        'Your employer may ask you to use its own form.',
      ],
      sources: [
        { id: 'S22', title: 'GOV.UK: Flexible working, applying', url: 'https://www.gov.uk/flexible-working/applying-for-flexible-working' },
        { id: 'S22', title: 'Acas: Making a statutory flexible working request', url: 'https://acas.org.uk/statutory-flexible-working-requests/making-a-request' },
        { id: 'S23', title: 'Acas Code of Practice on flexible working requests (2024)', url: 'https://www.hrmagazine.co.uk/content/news/acas-releases-code-of-practice-on-flexible-working-requests' },
      ],
    },
    ni: {
      name: 'Northern Ireland',
      law: 'the statutory right to request flexible working in Northern Ireland',
      elements: ['date', 'statement', 'change', 'business-effect', 'effect-handling', 'start-date', 'previous-requests'],
      eligibility: ['You need 26 weeks of continuous service with your employer.'],
      frequency: { perYear: 1, note: 'One statutory request in any 12 months.' },
      duties: [
        { text: 'Consider the request; it can be refused only on the business grounds the law lists' },
      ],
      notes: [
        "Northern Ireland's rules differ from Great Britain's: here the request must still set out the effect on the business and how it could be dealt with.",
        "The employer's deadlines for meeting you and deciding are set out on nibusinessinfo.co.uk: check them there before you send.",
      ],
      sources: [
        { id: 'S24', title: 'nibusinessinfo.co.uk: Application for flexible working', url: 'https://www.nibusinessinfo.co.uk/content/application-flexible-working' },
      ],
    },
    ie: {
      name: 'Ireland',
      law: 'Part 3 of the Work Life Balance and Miscellaneous Provisions Act 2023 and the Workplace Relations Commission Code of Practice (S.I. 92/2024)',
      elements: ['date', 'statement', 'days-times', 'location', 'start-date', 'duration', 'reasons', 'previous-requests', 'signature'],
      eligibility: [
        'Every employee may ask from their first day, but the arrangement can only start after 6 months of continuous service.',
      ],
      frequency: { perYear: 1, note: 'Summaries of the Code describe about one request in any 12 months.' },
      duties: [
        { text: 'Reply as soon as practicable: approve it with a signed agreement (start date and duration), refuse it with written reasons, or extend the time to decide', within: { unit: 'weeks', count: 4 } },
        { text: 'Weigh its own needs, yours and the Code (the role, the location: health and safety, data protection, connectivity)' },
      ],
      noticeBeforeStart: { unit: 'weeks', count: 8 },
      notes: [
        'Summaries differ on how long the employer may extend the time to decide (up to 8 weeks in all, or 8 weeks more): check the Code.',
        'Disputes go to the Workplace Relations Commission.',
      ],
      sources: [
        { id: 'S25', title: 'S.I. No. 92 of 2024 (Code of Practice)', url: 'http://www.irishstatutebook.ie/2024/en/si/0092.html' },
        { id: 'S25', title: 'clark.ie: The right to request remote working', url: 'https://clark.ie/news/the-right-to-request-remote-working' },
      ],
    },
  } satisfies Readonly<Record<StatutoryMode, Jurisdiction>>,
} as const;

export function jurisdictionOf(mode: StatutoryMode): Jurisdiction {
  return STATUTORY_RULES.jurisdictions[mode];
}
