import { coach } from './coach/coach';
import { drafts } from './drafts/drafts';
import type { ComposeFeature } from './feature';

/** Every feature a compose gets, in the order their panel sections appear. */
export const FEATURES: readonly ComposeFeature[] = [coach, drafts];
