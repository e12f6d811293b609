import { messageOf } from '../../core/errors';
import { fill } from '../../core/fill';
import type { DraftKind } from '../../core/draft/saved-draft';
import type { PitchPoint } from '../../core/point';
import type { Profile } from '../../core/profile';
import { send } from '../../shared/messages';
import { spaceForCaret } from '../editor/insert-spacing';
import { insertPlainText, type StrategyId } from '../editor/insert-text';
import type { Panel } from '../ui/panel';

/** What goes into a draft: a point, or a whole draft built in the popup (which has no id to count a use for). */
export type Insertable = Pick<PitchPoint, 'title' | 'text'> & { id?: string; draft?: DraftKind | 'recap' };

/** The compose a point goes into. */
export interface InsertionTarget {
  /** The body as the site renders it now. */
  body(): HTMLElement;
  /** Where the caret was kept: the range to insert at, and keeping it again after the insertion. */
  readonly caret: { range(): Range; remember(): void };
  /** The editor strategy the site's editor needs first (its adapter says). */
  readonly editorFirst?: StrategyId;
  closePanel(): void;
  /** The point is in the body: count it for this compose. */
  inserted(point: Insertable): void;
}

/**
 * A picked point's way into the draft: its fill-ins from the profile, the ones the profile lacks
 * asked for in the panel (and saved when the user wants), then the text at the caret through the
 * editor, and a use recorded once the editor has it.
 */
export class Insertion {
  /** The profile as the panel last loaded it. */
  profile: Profile = {};

  readonly #target: InsertionTarget;

  constructor(target: InsertionTarget) {
    this.#target = target;
  }

  pick(point: Insertable, panel: Panel | null): void {
    const { text, missing } = fill(point.text, this.profile);
    const { id, draft } = point;
    if (missing.length === 0 || !panel) {
      this.#insert(point, text);
      return;
    }
    let asking = false;
    const failed = (error: unknown) => {
      asking = false;
      panel.showNotice(`Couldn't fill in this point: ${messageOf(error)}`, 'error');
    };
    // The worker draws the prompt, and fills the answers into the point it keeps (saving only
    // fill-ins that point asks for). A second click while it answers inserts nothing more.
    const answer = (answers: Record<string, string>, save: boolean) => {
      if (asking) return;
      asking = true;
      (draft ? send('drafts/fill-in', { kind: draft, answers, save }) : send('points/fill-in', { id: id ?? '', answers, save })).then(({ text }) => this.#insert(point, text), failed);
    };
    send('ui/fill-in-form', { title: point.title, names: missing }).then((view) => panel.element.isConnected && panel.askFillIns(view, missing, answer), failed);
  }

  #insert(point: Insertable, text: string): void {
    const { caret } = this.#target;
    const body = this.#target.body();
    this.#target.closePanel();
    if (!body.isConnected) return;
    const range = caret.range();
    const { landed } = insertPlainText(body, range, spaceForCaret(body, range, text), this.#target.editorFirst);
    const done = (arrived: boolean) => {
      if (!arrived) return;
      caret.remember();
      if (point.id) send('points/record-use', { id: point.id }).catch(() => undefined);
      this.#target.inserted(point);
    };
    if (typeof landed === 'boolean') done(landed);
    else void landed.then(done);
  }
}
