import { messageOf } from '../core/errors';
import { extensionApi } from '../shared/extension-api';
import { NLP_MODEL_FILE, NLP_MODEL_KEY } from '../shared/nlp-model';

let loading: Promise<void> | undefined;

/**
 * Loads the coach's model file once per worker (see src/shared/nlp-model.ts); the coach waits for
 * it. A failed read is not kept, so the next request tries again. Only a built extension has the
 * file: in `npm run dev` and the unit tests the model is bundled as it is.
 */
export function nlpModelLoaded(): Promise<void> {
  if (!import.meta.env.PROD) return Promise.resolve();
  loading ??= read().catch((error: unknown) => {
    loading = undefined;
    throw new Error(`The coach's language model could not be loaded (${messageOf(error)})`);
  });
  return loading;
}

async function read(): Promise<void> {
  const url = extensionApi()?.runtime?.getURL?.(NLP_MODEL_FILE);
  if (!url) throw new Error('no extension runtime to read it from');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${NLP_MODEL_FILE}: ${response.status}`);
  (globalThis as Record<symbol, unknown>)[Symbol.for(NLP_MODEL_KEY)] = await response.json();
}
