/**
 * How the payload sits in the sync area: deflated (points are text, which shrinks to a third or
 * less), in base64url (no character of it needs escaping in JSON, so its size is exactly what the
 * browser counts), cut into items that each fit the per-item quota, with a header item naming
 * how many there are. Every item carries the write's generation, because the browser syncs items
 * one by one: another computer can see some items of a new write beside some of the old one, and
 * must wait for the rest rather than read a mix.
 */
import { encodeRecords, decodeRecords, WIRE_VERSION, type Decoded } from './wire';
import type { SyncRecord } from './record';
import type { SyncQuota } from './quota';

export const AREA_PREFIX = 'rp/';
/** @internal Exported for its unit tests. */
export const HEADER_KEY = `${AREA_PREFIX}h`;
/** @internal Exported for its unit tests. */
export const chunkKey = (index: number): string => `${AREA_PREFIX}${index}`;

interface Header {
  v: number;
  /** How many chunk items the payload takes. */
  n: number;
  /** The write's generation, repeated at the start of every chunk. */
  g: string;
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function inflate(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** FNV-1a of the data, so the same copy written twice has the same generation. */
function generation(data: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i += 1) hash = Math.imul(hash ^ data.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The size the browser counts for one item: its key plus its value's JSON (all ASCII here). */
const itemBytes = (key: string, value: unknown): number => key.length + JSON.stringify(value).length;

export interface PackedArea {
  items: Record<string, Header | string>;
  usedBytes: number;
}

interface Attempt {
  packed?: PackedArea;
  /** Length of the compressed payload: what the search between two attempts goes by. */
  length: number;
}

/** The area's items for these records; `packed` is missing when they do not fit the quota. */
async function tryPack(entries: readonly (readonly [string, SyncRecord])[], quota: SyncQuota): Promise<Attempt> {
  const data = toBase64Url(await deflate(encodeRecords(entries)));
  const g = generation(data);
  // Room in one item: the quota less the longest chunk key, the JSON quotes and the generation mark.
  const room = quota.itemBytes - chunkKey(quota.maxItems).length - 2 - g.length - 1;
  const n = Math.max(1, Math.ceil(data.length / room));
  if (n + 1 > quota.maxItems) return { length: data.length };
  const header: Header = { v: WIRE_VERSION, n, g };
  const items: Record<string, Header | string> = { [HEADER_KEY]: header };
  let usedBytes = itemBytes(HEADER_KEY, header);
  for (let i = 0; i < n; i += 1) {
    const value = `${g}:${data.slice(i * room, (i + 1) * room)}`;
    items[chunkKey(i)] = value;
    usedBytes += itemBytes(chunkKey(i), value);
  }
  return usedBytes <= quota.totalBytes ? { packed: { items, usedBytes }, length: data.length } : { length: data.length };
}

/**
 * Packs as many records as fit, in the order given (most important first): all of them when they
 * fit, else the longest run from the start that does. The compressed size grows about in step with
 * the number of records, so the first tries go where that line puts the limit, and halving the
 * little range left does the rest: a handful of tries for thousands of records.
 */
export async function packArea(entries: readonly (readonly [string, SyncRecord])[], quota: SyncQuota): Promise<PackedArea & { included: number }> {
  const all = await tryPack(entries, quota);
  if (all.packed) return { ...all.packed, included: entries.length };
  let low = { count: 0, ...(await tryPack([], quota)) };
  let high = { count: entries.length, length: all.length };
  if (!low.packed) throw new Error('the sync area has no room even for an empty copy');
  // The longest payload that can fit: the quota less every item's key, quotes and generation mark.
  const items = Math.ceil(quota.totalBytes / quota.itemBytes) + 1;
  const target = quota.totalBytes - items * (chunkKey(quota.maxItems).length + 16);
  for (let tries = 0; high.count - low.count > 1; tries += 1) {
    const guess = low.count + Math.round(((high.count - low.count) * (target - low.length)) / Math.max(1, high.length - low.length));
    const middle = Math.floor((low.count + high.count) / 2);
    const count = Math.min(high.count - 1, Math.max(low.count + 1, tries < 2 ? guess : middle));
    const attempt = await tryPack(entries.slice(0, count), quota);
    if (attempt.packed) low = { count, ...attempt };
    else high = { count, length: attempt.length };
  }
  return { ...(low.packed as PackedArea), included: low.count };
}

export type AreaContents =
  | { state: 'empty' }
  | { state: 'incomplete' }
  | { state: 'unreadable'; newer: boolean; error: string }
  | { state: 'ok'; records: Map<string, SyncRecord>; usedBytes: number; generation: string };

/** Reads our items out of everything the area holds (`storage.sync.get(null)`). */
export async function unpackArea(all: Readonly<Record<string, unknown>>): Promise<AreaContents> {
  const header = all[HEADER_KEY];
  if (header === undefined) return { state: 'empty' };
  const { v, n, g } = (typeof header === 'object' && header !== null ? header : {}) as Partial<Header>;
  if (typeof v === 'number' && v > WIRE_VERSION) return { state: 'unreadable', newer: true, error: 'the copy in the sync area was written by a newer Remote Pitch' };
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || typeof g !== 'string') return { state: 'unreadable', newer: false, error: 'the copy in the sync area is damaged' };
  let data = '';
  let usedBytes = itemBytes(HEADER_KEY, header);
  for (let i = 0; i < n; i += 1) {
    const chunk = all[chunkKey(i)];
    if (typeof chunk !== 'string' || !chunk.startsWith(`${g}:`)) return { state: 'incomplete' };
    data += chunk.slice(g.length + 1);
    usedBytes += itemBytes(chunkKey(i), chunk);
  }
  let decoded: Decoded;
  try {
    decoded = decodeRecords(await inflate(fromBase64Url(data)));
  } catch {
    return { state: 'unreadable', newer: false, error: 'the copy in the sync area is damaged' };
  }
  if (!decoded.ok) return { state: 'unreadable', newer: decoded.newer !== undefined, error: decoded.error };
  return { state: 'ok', records: decoded.records, usedBytes, generation: g };
}

/** Which write the area's copy comes from, if it holds one: two reads with the same are the same copy. */
export function copyGeneration(all: Readonly<Record<string, unknown>>): string | undefined {
  const header = all[HEADER_KEY];
  return typeof header === 'object' && header !== null ? JSON.stringify(header) : undefined;
}

/** Keys of ours the area holds that a write of `items` leaves behind (chunks of a longer copy). */
export function staleKeys(all: Readonly<Record<string, unknown>>, items: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(all).filter((key) => key.startsWith(AREA_PREFIX) && !Object.hasOwn(items, key));
}
