// Undo: an operator's own recent actions that can still be reversed, newest first.
export type UndoableKind = 'removal' | 'bulk-removal' | 'no-action-needed' | 'block';

export interface UndoableAction {
  /** The action to pass to action:undo (for a bulk removal, its newest removal). */
  actionId: number;
  kind: UndoableKind;
  /** What the action did, in the clerk's words: "removed Gary Pritchard's comment". */
  description: string;
  at: string;
  /** The items it changed (empty for a block). */
  itemIds: number[];
}

export interface UndoOutcome {
  /** What was undone, in the clerk's words. */
  description: string;
  itemIds: number[];
  /** The senders whose rows may show other strikes or block now. */
  authorIds: number[];
}
