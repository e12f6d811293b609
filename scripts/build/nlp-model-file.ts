import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { NLP_MODEL_FILE, NLP_MODEL_KEY } from '../../src/shared/nlp-model';

/** A JSON part of the model, as wink's loaders require it (`./languages/cur/models/eng-….json`). */
const MODEL_PART = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/]cur[\\/]models[\\/]([\w-]+)\.json$/;
const PART_ID = '\0remote-pitch-nlp-part:';

/**
 * Takes the model's JSON out of the bundle (see src/shared/nlp-model.ts): every part goes into one
 * file, NLP_MODEL_FILE, and each part's module becomes a read of what the worker put under
 * NLP_MODEL_KEY before the coach's first use. A read before that throws and says so, rather than
 * leaving wink to fail on an undefined model. Build only: `npm run dev` and the unit tests import
 * the JSON as it is (the worker checks `import.meta.env.PROD` for the same reason).
 */
export function nlpModelAsFile(): Plugin {
  const parts = new Map<string, string>();
  return {
    name: 'remote-pitch:nlp-model-file',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.json') || !importer?.includes('wink-eng-lite-web-model')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const part = resolved && MODEL_PART.exec(resolved.id)?.[1];
      if (!resolved || !part) return null;
      parts.set(part, readFileSync(resolved.id, 'utf8'));
      return `${PART_ID}${part}`;
    },
    load(id) {
      if (!id.startsWith(PART_ID)) return null;
      const part = id.slice(PART_ID.length);
      return [
        `const parts = globalThis[Symbol.for(${JSON.stringify(NLP_MODEL_KEY)})];`,
        `if (!parts || !(${JSON.stringify(part)} in parts)) throw new Error(${JSON.stringify(`The coach's model part ${part} was read before ${NLP_MODEL_FILE} was loaded`)});`,
        // CommonJS like the loaders that require it: an ES module's default would reach them wrapped.
        `module.exports = parts[${JSON.stringify(part)}];`,
      ].join('\n');
    },
    generateBundle() {
      if (parts.size === 0) return;
      const source = `{${[...parts].sort(([a], [b]) => a.localeCompare(b)).map(([part, json]) => `${JSON.stringify(part)}:${json.trim()}`).join(',')}}`;
      this.emitFile({ type: 'asset', fileName: NLP_MODEL_FILE, source });
    },
  };
}
