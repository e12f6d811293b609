/**
 * Calendar dates as the product stores them: ISO `yyyy-mm-dd` strings, read and computed in UTC so
 * that a date never shifts by a day with the time zone the browser runs in.
 */

const DAY_MS = 86_400_000;

/** The date an ISO `yyyy-mm-dd` names, at 00:00 UTC; undefined for anything else or a day that does not exist. */
export function parseIsoDate(value: string | undefined): Date | undefined {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Reject roll-overs such as 2026-02-31 rather than silently moving them into March.
  return date.getUTCDate() === Number(match[3]) ? date : undefined;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date where the user is (their clock's calendar day), as ISO. */
export function localToday(now: Date = new Date()): string {
  return isoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * The same day `months` calendar months later, or the month's last day when it has no such day
 * (31 January + 1 month is 28 or 29 February), as a deadline "within N months" is read.
 */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 February 2027": a date as a letter writes it, the same in every locale so a letter reads the same. */
export function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** An ISO date as `longDate` writes it; any other text as it was (a user may type "early March"). */
export function readableDate(value: string): string {
  const date = parseIsoDate(value);
  return date ? longDate(date) : value;
}
