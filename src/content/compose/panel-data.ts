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

/** Asks the worker for the user's points and profile, and shows them in the panel or says why not. */
export async function loadPanelData(panel: Panel, hooks: PanelDataHooks): Promise<void> {
  try {
    const [points, profile] = await Promise.all([send('points/list', {}), send('profile/get', {})]);
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
