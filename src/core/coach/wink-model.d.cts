import type { Model } from 'wink-nlp';

declare function winkModel(): Model;
export = winkModel;
