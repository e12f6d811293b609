import { describe, expect, it } from 'vitest';
import { completeFillIns } from '../../src/core/fill';
import { humanise } from '../../src/shared/labels';
import { parseSiteSwitches } from '../../src/shared/site-switches';

describe('answers to the fill-in prompt', () => {
  const text = 'Hi {manager}, I propose {days} from {startDate}.';

  it('fills answered placeholders and keeps profile values', () => {
    const done = completeFillIns(text, { startDate: '2026-04-01' }, { manager: ' Morgan ', days: 'Tuesdays' });
    expect(done.text).toBe('Hi Morgan, I propose Tuesdays from 2026-04-01.');
    expect(done.toSave).toEqual({ manager: 'Morgan', days: 'Tuesdays' });
  });

  it('leaves a visible [gap] for what was skipped and saves nothing blank', () => {
    const done = completeFillIns(text, {}, { manager: '', days: 'Fridays' });
    expect(done.text).toBe('Hi [manager], I propose Fridays from [startDate].');
    expect(done.toSave).toEqual({ days: 'Fridays' });
  });

  it('uses an answer for a placeholder the profile has no field for (the background decides what it keeps)', () => {
    const done = completeFillIns('Ask {teamLead} too', {}, { teamLead: 'Sam' });
    expect(done.text).toBe('Ask Sam too');
    expect(done.toSave).toEqual({ teamLead: 'Sam' });
  });

  it('never treats an answer as markup', () => {
    expect(completeFillIns('Hi {manager}', {}, { manager: '<b>Morgan</b>' }).text).toBe('Hi <b>Morgan</b>');
  });
});

describe('per-site switches in storage', () => {
  it('defaults every site to on', () => {
    expect(parseSiteSwitches(undefined)).toEqual({ gmail: true, outlook: true });
    expect(parseSiteSwitches('garbage')).toEqual({ gmail: true, outlook: true });
  });

  it('turns off only the site stored as false', () => {
    expect(parseSiteSwitches({ gmail: false })).toEqual({ gmail: false, outlook: true });
    expect(parseSiteSwitches({ gmail: true, outlook: false })).toEqual({ gmail: true, outlook: false });
    expect(parseSiteSwitches({ outlook: 0 })).toEqual({ gmail: true, outlook: true });
  });
});

describe('names when a message is missing', () => {
  it('reads ids as words', () => {
    expect(humanise('daysPerWeek')).toBe('Days per week');
    expect(humanise('my-motivation')).toBe('My motivation');
  });
});
