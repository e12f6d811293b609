import { execCommand } from './strategies/exec-command';
import { paste } from './strategies/paste';
import { range as atRange } from './strategies/range';
import { bodyText, type Attempt, type EditorStrategy, type StrategyId } from './strategies/strategy';

export type { StrategyId };

/**
 * Puts plain text into a compose body at a range (replacing what the range holds), through the
 * first editor strategy that takes it (`strategies/`, each headed by the editors and sites it
 * serves). The text never goes through an HTML parser, so `<img onerror>` stays letters on the screen.
 */

/** Tried in this order unless the site's adapter names the strategy its editor needs first. */
const STRATEGIES: readonly EditorStrategy[] = [execCommand, paste, atRange];

export interface Inserted {
  /** The strategy that took the text. */
  route: StrategyId;
  /** Whether the text is in the body: known at once, or once an editor that writes later has written it. */
  landed: Attempt;
}

/**
 * The strategies in the order to try them: `first` (the site's editor's own), then the rest in the usual order.
 * @internal Exported for its unit tests.
 */
export function strategyOrder(first?: StrategyId): EditorStrategy[] {
  return [...STRATEGIES].sort((a, b) => Number(b.id === first) - Number(a.id === first));
}

export function insertPlainText(body: HTMLElement, range: Range, text: string, first?: StrategyId): Inserted {
  const clean = text.replace(/\r\n?/g, '\n');
  for (const strategy of strategyOrder(first)) {
    const before = bodyText(body);
    let landed: Attempt;
    try {
      landed = strategy.insert(body, range, clean);
    } catch {
      // An API this browser lacks: the next strategy tries, unless the text went in before the throw.
      landed = bodyText(body) !== before;
    }
    if (landed !== false) return { route: strategy.id, landed };
  }
  // Only a body that left the page refuses even the range.
  return { route: 'range', landed: false };
}
