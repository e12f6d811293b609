import type { MetaKey, MetaValues } from './schema';

interface MetaStore {
  get(key: MetaKey): Promise<MetaValues[MetaKey] | undefined>;
}

/** One meta value, typed by its key (the store itself holds values of every meta type). */
export async function readMeta<K extends MetaKey>(store: MetaStore, key: K): Promise<MetaValues[K] | undefined> {
  return (await store.get(key)) as MetaValues[K] | undefined;
}
