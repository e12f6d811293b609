// The English model is required on the coach's first use, not imported: an import is evaluated
// when the service worker starts, and a worker woken for the popup's list of points or the panel
// has no use for the model. (The build also takes the model's JSON out of the worker's script:
// scripts/build/nlp-model-file.ts.)
module.exports = function winkModel() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return require('wink-eng-lite-web-model');
};
