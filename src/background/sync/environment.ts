import type { IDBPDatabase } from 'idb';
import type { PitchDB } from '../../storage/schema';

/**
 * The browser's sync area, as sync uses it (`storage.sync` in the worker).
 * @internal Exported for the tests' stand-in.
 */
export interface SyncArea {
  /** Everything the area holds. */
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** This computer's extension storage (`storage.local`): the sync switch and report, the site switches. */
export interface LocalArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/**
 * What sync works with, handed over by the worker's entry point each time it starts (tests pass
 * their own): nothing of it is state, so a worker stopped and started again sets it up the same.
 */
export interface SyncEnvironment {
  area: SyncArea;
  local: LocalArea;
  database(): Promise<IDBPDatabase<PitchDB>>;
  now(): number;
  /** Waits, so writes to the area keep to the browser's rate; tests pass one that does not. */
  sleep(ms: number): Promise<void>;
}
