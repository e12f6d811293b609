/**
 * A wall-clock time on a calendar day in an IANA time zone ("10:00 on 29 March 2027 in
 * Europe/London"), as the instant it is. Each day is converted on its own, so a trial that crosses
 * a daylight-saving change keeps its meetings at the same local time. Uses only the ECMAScript
 * Intl API, which every browser and Node ship.
 */
import { parseIsoDate } from '../dates';

/** How far the zone's clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of `time` ("HH:MM") on `date` (ISO) in `timeZone`. A time the clocks skip (the hour
 * lost in spring) comes out an hour later, as calendar programs do. Throws on an unknown zone or an
 * unreadable date or time.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const day = parseIsoDate(date);
  const clock = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!day || !clock) throw new Error(`Not a date and time: ${date} ${time}`);
  const wall = day.getTime() + (Number(clock[1]) * 60 + Number(clock[2])) * 60_000;
  // The offset at the wall time read as UTC is a first guess; the offset at the guessed instant is exact.
  const first = wall - offsetAt(timeZone, wall);
  const second = wall - offsetAt(timeZone, first);
  return new Date(second === first ? first : Math.max(first, second));
}
