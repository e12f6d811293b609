import type { PitchPoint } from '../../core/point';
import { Insertion, type Insertable } from '../compose/insertion';
import { askPanelData, loadPanelData } from '../compose/panel-data';
import { hostPanel, warmPanel } from '../compose/panel-host';
import { quietly } from '../compose/events';
import { caretToRestore, focusAt } from '../editor/caret';
import type { ComposeFeature } from '../features/feature';
import { markNeedsReload, type Launcher } from '../ui/launcher';
import { placeOnBody } from '../ui/on-body';
import type { KitCompose, OpenPanel, PanelKit, TypedAhead } from './kit';

/** Each compose's insertion, which keeps the profile its panel last loaded for filling points in. */
const insertions = new WeakMap<KitCompose, Insertion>();

function insertionFor(compose: KitCompose): Insertion {
  let insertion = insertions.get(compose);
  if (!insertion) {
    insertion = new Insertion({
      body: () => compose.body,
      caret: { range: () => caretToRestore(compose.body, compose.savedCaret), remember: () => compose.rememberCaret() },
      editorFirst: compose.editorFirst,
      closePanel: () => compose.close(false),
      inserted: (point) => {
        if (point.id) compose.insertedIds.add(point.id);
        compose.emit('inserted', () => ({}));
      },
    });
    insertions.set(compose, insertion);
  }
  return insertion;
}

/** The points in the features' order; as given when a ranking fails, so the panel still lists them. */
async function ordered(points: PitchPoint[], compose: KitCompose, features: readonly ComposeFeature[]): Promise<PitchPoint[]> {
  let result = points;
  for (const feature of features) {
    if (!feature.order) continue;
    try {
      result = await feature.order(result, compose);
    } catch {
      // Keep the order so far.
    }
  }
  return result;
}

/**
 * The panel of one compose, next to its launcher: the user's points (ranked by the features), each
 * feature's section, and a picked point inserted at the caret content.js kept.
 */
function openPanel(compose: KitCompose, launcher: Launcher, features: readonly ComposeFeature[], ahead?: TypedAhead): OpenPanel {
  const insertion = insertionFor(compose);
  // The points first, then the features' needs, all before the panel is built (the first build in a
  // page is the slowest): a worker just woken answers in that order, and the points are what the
  // user looks for first.
  const asked = askPanelData();
  compose.emit('panel-opening', () => ({}));
  const hosted = hostPanel(launcher, {
    pick: (point) => insertion.pick(point, hosted.life.signal.aborted ? null : hosted.panel),
    dismiss: (refocus) => compose.close(refocus),
    outside: () => compose.close(false),
  });
  const { panel, life } = hosted;
  const current = () => !life.signal.aborted;
  panel.focusSearch();
  const search = panel.element.querySelector<HTMLInputElement>('[data-testid="rp-panel-search"]');
  if (ahead?.query && search) {
    search.value = ahead.query;
    search.dispatchEvent(new Event('input'));
  }
  const loaded = loadPanelData(panel, asked, {
    current,
    order: (points) => ordered(points, compose, features),
    profile: (profile) => (insertion.profile = profile),
    invalidated: () => markNeedsReload(launcher),
  });
  compose.emit('panel-open', () => {
    const section = launcher.host.ownerDocument.createElement('section');
    panel.sections.append(section);
    return { section, signal: life.signal, insert: (point: Insertable) => insertion.pick(point, current() ? panel : null) };
  });
  void loaded.then(() => {
    // Enter typed ahead (a trusted key, seen by content.js): the top match, as the panel's own Enter would.
    const top = ahead?.enter && current() ? panel.element.querySelector<HTMLElement>('[aria-selected="true"][data-point-id]') : null;
    if (top?.dataset.pointId) panel.pick(top.dataset.pointId);
  });
  return {
    focusSearch: () => panel.focusSearch(),
    pick: (pointId) => panel.pick(pointId),
    close: (refocus) => {
      life.abort();
      const { body } = compose;
      if (refocus && body.isConnected) quietly(() => focusAt(body, caretToRestore(body, compose.savedCaret)));
    },
  };
}

/** The kit panel.js hands to content.js, with these features. */
export function panelKit(features: readonly ComposeFeature[]): PanelKit {
  return { features, open: (compose, launcher, ahead) => openPanel(compose, launcher, features, ahead), warm: warmPanel, placeOnBody };
}
