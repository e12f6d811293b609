/**
 * The records as text for the sync area: one compact JSON payload, each record as an array in its
 * kind's field order, with the field names written once at the top so a later release that adds
 * a field can still be read (the extra field is left out). The payload names its format version;
 * a newer one is never overwritten by an older release.
 */
import { isTombstone, type FieldValue, type SyncRecord } from './record';
import { splitKey, SYNC_KINDS, type SyncKindName } from './kinds';

export const WIRE_VERSION = 1;

type WireRecord = [string, number] | [string, FieldValue[], number[]];

interface Payload {
  v: number;
  f: Record<string, readonly string[]>;
  r: WireRecord[];
}

export function encodeRecords(entries: readonly (readonly [string, SyncRecord])[]): string {
  const r: WireRecord[] = entries.map(([key, record]) => {
    if (isTombstone(record)) return [key, record.deletedAt];
    const names = SYNC_KINDS[splitKey(key)?.kind ?? 'points'];
    return [key, names.map((name) => record.fields[name] ?? null), names.map((name) => record.times[name] ?? 0)];
  });
  const payload: Payload = { v: WIRE_VERSION, f: SYNC_KINDS, r };
  return JSON.stringify(payload);
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isFieldValue(value: unknown): value is FieldValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export type Decoded = { ok: true; records: Map<string, SyncRecord> } | { ok: false; newer?: number; error: string };

/**
 * The records in a payload another computer wrote. The area is only ours to write, but what it
 * holds arrived over the network from another install: every part is checked, and a record that
 * is not shaped right is left out (the others still count); a point's contents are checked again,
 * by the rules every stored point obeys, before they are stored.
 */
export function decodeRecords(json: string): Decoded {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return { ok: false, error: 'the copy in the sync area is damaged' };
  }
  if (typeof payload !== 'object' || payload === null) return { ok: false, error: 'the copy in the sync area is damaged' };
  const { v, f, r } = payload as Partial<Payload>;
  if (typeof v !== 'number' || v > WIRE_VERSION) return { ok: false, newer: typeof v === 'number' ? v : undefined, error: 'the copy in the sync area was written by a newer Remote Pitch' };
  if (typeof f !== 'object' || f === null || !Array.isArray(r)) return { ok: false, error: 'the copy in the sync area is damaged' };
  const records = new Map<string, SyncRecord>();
  for (const item of r as unknown[]) {
    if (!Array.isArray(item) || typeof item[0] !== 'string') continue;
    const key = item[0];
    const kind = splitKey(key)?.kind;
    if (!kind) continue;
    if (item.length === 2 && isTime(item[1])) {
      records.set(key, { deletedAt: item[1] });
      continue;
    }
    const names: unknown = (f as Record<string, unknown>)[kind];
    const [, values, times] = item as [string, unknown, unknown];
    if (!Array.isArray(names) || !Array.isArray(values) || !Array.isArray(times) || values.length !== names.length || times.length !== names.length) continue;
    const known = new Set<string>(SYNC_KINDS[kind as SyncKindName]);
    const fields: Record<string, FieldValue> = {};
    const stamps: Record<string, number> = {};
    let sound = true;
    names.forEach((name: unknown, i) => {
      if (typeof name !== 'string' || !known.has(name)) return;
      const value: unknown = values[i];
      const time: unknown = times[i];
      if (!isFieldValue(value) || !isTime(time)) sound = false;
      else {
        fields[name] = value;
        stamps[name] = time;
      }
    });
    if (sound) records.set(key, { fields, times: stamps });
  }
  return { ok: true, records };
}
