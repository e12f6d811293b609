/**
 * The coach's English model (wink-eng-lite-web-model's JSON, about 3.5 MB) ships as a file of its
 * own that the worker reads on the coach's first request, instead of inside the worker's script:
 * Chrome parses a worker's whole script each time it wakes the worker, and with the model inside,
 * that cost every request to a stopped worker about 100 ms (the panel's first suggestions included).
 * The build (scripts/build/nlp-model-file.ts) writes the file and makes the model's JSON modules
 * read what the worker loaded, under this key.
 */
export const NLP_MODEL_FILE = 'nlp/wink-eng-lite-web-model.json';
export const NLP_MODEL_KEY = 'remote-pitch/nlp-model';
