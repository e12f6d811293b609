import { messageOf } from '../../core/errors';
import type { PitchPoint } from '../../core/point';
import type { Profile } from '../../core/profile';
import { ContextInvalidatedError, send } from '../../shared/messages';
import type { Panel } from '../ui/panel';

export interface PanelDataHooks {
  /** Whether the panel is still the open one: an answer for a closed panel is dropped. */
  current(): boolean;
  /** Reorders the offered points (the features' ranking). */
  order(points: PitchPoint[]): Promise<PitchPoint[]>;
  /** The profile that came with the points, for filling them in. */
  profile(profile: Profile): void;
  /** The extension was updated under this page: only a reload helps. */
  invalidated(): void;
}

/** What the panel lists and fills in with, as the worker answers. */
export type PanelData = Promise<[PitchPoint[], Profile]>;

/** Asks the worker for the user's points and profile: before the panel is built, so they travel meanwhile. */
export function askPanelData(): PanelData {
  const asked = Promise.all([send('points/list', {}), send('profile/get', {})]);
  // Awaited by loadPanelData once the panel is there; a failure is shown then, not "unhandled" before.
  asked.catch(() => undefined);
  return asked;
}

/** Shows the points and profile asked for in the panel, or says why not. */
export async function loadPanelData(panel: Panel, asked: PanelData, hooks: PanelDataHooks): Promise<void> {
  try {
    const [points, profile] = await asked;
    if (!hooks.current()) return;
    hooks.profile(profile);
    // The worker sends the points the panel offers, in its order; the features may rank them.
    const offered = await hooks.order(points);
    if (!hooks.current()) return;
    panel.setData(offered, profile);
  } catch (error) {
    if (!hooks.current()) return;
    if (error instanceof ContextInvalidatedError) {
      hooks.invalidated();
      panel.showNotice(error.message, 'error');
    } else {
      panel.showNotice(`Couldn't load your points: ${messageOf(error)}`, 'error');
    }
  }
}
