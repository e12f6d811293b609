import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { NLP_MODEL_FILE, NLP_MODEL_KEY } from '../../src/shared/nlp-model';

/**
 * The data of the model, as wink's loaders require it: its JSON (`./languages/cur/models/eng-….json`)
 * and its lemmatizer's word lists (`./wn-noun-exceptions.js` and the like, 220 KB of object literals).
 */
const MODEL_PART = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/](?:languages[\\/]cur[\\/]models[\\/]([\w-]+)\.json|(wn-[\w-]+-exceptions)\.js)$/;
const PART_ID = '\0remote-pitch-nlp-part:';
const DICTIONARY = '#dictionary';

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
      if (!importer?.includes('wink-eng-lite-web-model')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const match = resolved && MODEL_PART.exec(resolved.id);
      if (!resolved || !match) return null;
      const [, json, list] = match;
      // A word list is a dictionary without a prototype (so "constructor" is not a word in it); its
      // part is marked so that its module gives it back that way.
      if (json) parts.set(json, readFileSync(resolved.id, 'utf8'));
      else if (list) parts.set(`${list}${DICTIONARY}`, JSON.stringify(createRequire(import.meta.url)(resolved.id)));
      return `${PART_ID}${json ?? `${list}${DICTIONARY}`}`;
    },
    load(id) {
      if (!id.startsWith(PART_ID)) return null;
      const part = id.slice(PART_ID.length);
      return [
        `const parts = globalThis[Symbol.for(${JSON.stringify(NLP_MODEL_KEY)})];`,
        `if (!parts || !(${JSON.stringify(part)} in parts)) throw new Error(${JSON.stringify(`The coach's model part ${part} was read before ${NLP_MODEL_FILE} was loaded`)});`,
        // CommonJS like the loaders that require it: an ES module's default would reach them wrapped.
        part.endsWith(DICTIONARY) ? `module.exports = Object.assign(Object.create(null), parts[${JSON.stringify(part)}]);` : `module.exports = parts[${JSON.stringify(part)}];`,
      ].join('\n');
    },
    generateBundle() {
      if (parts.size === 0) return;
      const source = `{${[...parts].sort(([a], [b]) => a.localeCompare(b)).map(([part, json]) => `${JSON.stringify(part)}:${json.trim()}`).join(',')}}`;
      this.emitFile({ type: 'asset', fileName: NLP_MODEL_FILE, source });
    },
  };
}
