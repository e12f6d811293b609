/**
 * What happens after a formal request is sent: the employer's deadlines as dates, counted from the
 * day it is sent, and what the law asks of the timing. Plain data for the builder to show beside the
 * "not legal advice" notice and the sources.
 */
import { addDays, addMonths, isoDate, longDate, parseIsoDate } from '../dates';
import { jurisdictionOf, type Period, type StatutoryMode } from './statutory-rules';

export interface NextStep {
  text: string;
  /** The deadline this step names, ISO; none for a duty without one. */
  by?: string;
  /** Something in the draft's timing the law does not allow. */
  warning?: boolean;
}

/** `date` moved on by `period`. */
function after(date: Date, period: Period): Date {
  if (period.unit === 'months') return addMonths(date, period.count);
  return addDays(date, period.count * (period.unit === 'weeks' ? 7 : 1));
}

function describe(period: Period): string {
  const unit = period.count === 1 ? period.unit.slice(0, -1) : period.unit;
  return `${period.count} ${unit}`;
}

/**
 * The steps for a request sent on `sendDate` (ISO) proposing to start on `startDate` (ISO, or any
 * text the user wrote, then not compared). An unreadable send date gives the steps without dates.
 */
export function nextSteps(mode: StatutoryMode, sendDate: string, startDate?: string): NextStep[] {
  const rules = jurisdictionOf(mode);
  const sent = parseIsoDate(sendDate);
  const start = parseIsoDate(startDate);
  const steps: NextStep[] = [];
  if (sent && start && start < sent) {
    steps.push({ text: `Your proposed start, ${longDate(start)}, is before the date you send it: choose a later start date in your fill-ins.`, warning: true });
  }
  for (const duty of rules.duties) {
    if (duty.within && sent) {
      const by = after(sent, duty.within);
      steps.push({ text: `By ${longDate(by)} (${describe(duty.within)} from sending): your employer must ${lowerFirst(duty.text)}.`, by: isoDate(by) });
    } else {
      steps.push({ text: `Your employer must ${lowerFirst(duty.text)}${duty.within ? ` within ${describe(duty.within)} of receiving it` : ''}.` });
    }
  }
  const notice = rules.noticeBeforeStart;
  if (notice) {
    const earliest = sent ? after(sent, notice) : undefined;
    if (earliest && start && start < earliest) {
      steps.push({
        text: `Your proposed start, ${longDate(start)}, is less than ${describe(notice)} after sending: the request must be made at least ${describe(notice)} ahead, so the earliest start is ${longDate(earliest)}.`,
        by: isoDate(earliest),
        warning: true,
      });
    } else {
      steps.push({ text: `Send it at least ${describe(notice)} before the proposed start${earliest ? ` (sent on ${longDate(sent as Date)}, the earliest start is ${longDate(earliest)})` : ''}.`, ...(earliest && { by: isoDate(earliest) }) });
    }
  }
  steps.push({ text: rules.frequency.note });
  return steps;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
