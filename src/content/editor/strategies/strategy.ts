/** The editor strategies by name, in the order tried when a site asks for none first. */
export type StrategyId = 'execCommand' | 'paste' | 'range';

/**
 * Whether an editor took the text: `true` it is in, `false` the editor passed (nothing changed,
 * the next strategy may try), or a promise when the editor took it and writes it later (roosterjs
 * reads a paste's data asynchronously), resolving with whether it arrived. A strategy never both
 * passes and changes the body, so trying the next one can't insert the text twice.
 */
export type Attempt = boolean | Promise<boolean>;

/**
 * One way of putting plain text into a rich-text editor at a range, the way that editor hears it
 * (draft autosave, its own undo). Each strategy file says which editors and sites it serves.
 */
export interface EditorStrategy {
  readonly id: StrategyId;
  insert(body: HTMLElement, range: Range, text: string): Attempt;
}

/** What the user sees of the body: an editor may reshape the text (nbsp for spaces, blocks for lines). */
export const bodyText = (body: HTMLElement): string => body.textContent ?? '';
