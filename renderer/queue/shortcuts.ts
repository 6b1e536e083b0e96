// Every key of the queue, in one list: the help dialog (?) shows it, so it cannot fall behind the keys.
export interface Shortcut {
  keys: string[];
  does: string;
}

export const queueShortcuts: readonly Shortcut[] = [
  { keys: ['j', '↓'], does: 'Next item' },
  { keys: ['k', '↑'], does: 'Previous item' },
  { keys: ['Enter'], does: 'Open the item in the detail pane' },
  { keys: ['/'], does: 'Search' },
  { keys: ['i'], does: 'No action needed' },
  { keys: ['1', '…', '8'], does: "Remove with the policy's reason of that number" },
  { keys: ['z'], does: 'Undo your most recent action (Recent actions lists the last five)' },
  { keys: ['x'], does: 'Select or unselect the item, for a bulk removal' },
  { keys: ['r'], does: 'Reply with a canned reply' },
  { keys: ['p'], does: "Every item of the sender's, on every channel" },
  { keys: ['?'], does: 'This list of keys' },
  { keys: ['Esc'], does: 'Close a dialog or menu; leave the search; back to the queue from another view' },
];
