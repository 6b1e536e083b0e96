// Every kind of action the record holds, in the clerk's words: what happened, and how to count it.

/** Every kind the backend writes to the record (actions.kind). A new kind must be added here to have words. */
export const actionKinds = [
  'no-action-needed',
  'no-action-undone',
  'removed',
  'removal-undone',
  'restored',
  'complaint-reply',
  'replied',
  'forwarded',
  'blocked',
  'unblocked',
  'note',
  'people-linked',
  'person-split',
  'link-rejected',
  'consent-form-sent',
  'consent-received',
  'consent-withdrawn',
  'consent-cleared',
  'template-added',
  'template-edited',
  'template-retired',
  'account-added',
  'account-updated',
  'account-removed',
  'account-paused',
  'account-resumed',
  'account-settings-changed',
  'settings-changed',
  'address-book-saved',
  'operator-started',
  'operator-saved',
  'handover-note',
  'export-made',
  'backup-made',
  'restore-requested',
  'restored-from-backup',
  'restore-failed',
  'retention-purge',
  'rule-added',
  'rule-changed',
  'rule-deleted',
  'rule-applied',
  'rule-undone',
  'request-logged',
  'request-assigned',
  'request-clock-stopped',
  'request-clock-restarted',
  'request-extended',
  'request-answered',
  'request-refused',
  'request-withdrawn',
  'closure-days-changed',
] as const;
export type ActionKind = (typeof actionKinds)[number];

interface ActionWords {
  /** What happened, as a heading or a line of the record: "Export made". */
  name: string;
  /** How one and many are counted: "1 block", "2 blocks". */
  one: string;
  many: string;
}

const words: Readonly<Record<ActionKind, ActionWords>> = {
  'no-action-needed': { name: 'No action needed', one: 'item needing no action', many: 'items needing no action' },
  'no-action-undone': {
    name: '"No action needed" undone',
    one: '"no action needed" undone',
    many: '"no action needed" undone',
  },
  removed: { name: 'Removed', one: 'removal', many: 'removals' },
  'removal-undone': { name: 'Removal undone', one: 'removal undone', many: 'removals undone' },
  restored: { name: 'Restored', one: 'item restored', many: 'items restored' },
  'complaint-reply': {
    name: 'Formal complaint reply',
    one: 'formal complaint reply',
    many: 'formal complaint replies',
  },
  replied: { name: 'Replied', one: 'reply', many: 'replies' },
  forwarded: { name: 'Forwarded', one: 'item forwarded', many: 'items forwarded' },
  blocked: { name: 'Sender blocked', one: 'block', many: 'blocks' },
  unblocked: { name: 'Sender unblocked', one: 'unblock', many: 'unblocks' },
  note: { name: 'Note on a sender', one: 'note on a sender', many: 'notes on senders' },
  'people-linked': { name: 'Senders linked as one person', one: 'link between senders', many: 'links between senders' },
  'person-split': { name: 'Sender split off: not this person', one: 'sender split off', many: 'senders split off' },
  'link-rejected': { name: 'Marked as not the same person', one: 'sender kept apart', many: 'senders kept apart' },
  'consent-form-sent': {
    name: 'Data consent form sent',
    one: 'data consent form sent',
    many: 'data consent forms sent',
  },
  'consent-received': {
    name: 'Data consent form received',
    one: 'data consent form received',
    many: 'data consent forms received',
  },
  'consent-withdrawn': {
    name: 'Data consent withdrawn',
    one: 'data consent withdrawn',
    many: 'data consents withdrawn',
  },
  'consent-cleared': {
    name: 'Data consent set back to none',
    one: 'data consent set back to none',
    many: 'data consents set back to none',
  },
  'template-added': { name: 'Canned reply added', one: 'canned reply added', many: 'canned replies added' },
  'template-edited': { name: 'Canned reply reworded', one: 'canned reply reworded', many: 'canned replies reworded' },
  'template-retired': { name: 'Canned reply retired', one: 'canned reply retired', many: 'canned replies retired' },
  'account-added': {
    name: 'Channel account connected',
    one: 'channel account connected',
    many: 'channel accounts connected',
  },
  'account-updated': {
    name: 'Channel account changed',
    one: 'channel account changed',
    many: 'channel accounts changed',
  },
  'account-removed': {
    name: 'Channel account disconnected',
    one: 'channel account disconnected',
    many: 'channel accounts disconnected',
  },
  'account-paused': { name: 'Channel account paused', one: 'channel account paused', many: 'channel accounts paused' },
  'account-resumed': {
    name: 'Channel account resumed',
    one: 'channel account resumed',
    many: 'channel accounts resumed',
  },
  'account-settings-changed': {
    name: 'Removal settings changed for an account',
    one: 'change to removal settings',
    many: 'changes to removal settings',
  },
  'settings-changed': { name: 'Settings changed', one: 'settings change', many: 'settings changes' },
  'address-book-saved': { name: 'Address book changed', one: 'address book change', many: 'address book changes' },
  'operator-started': { name: 'Started work', one: 'working session', many: 'working sessions' },
  'operator-saved': {
    name: 'Clerk or deputy details changed',
    one: 'change to the clerk or deputy details',
    many: 'changes to the clerk or deputy details',
  },
  'handover-note': { name: 'Handover note left', one: 'handover note', many: 'handover notes' },
  'export-made': { name: 'Export made', one: 'export', many: 'exports' },
  'backup-made': { name: 'Backup made', one: 'backup', many: 'backups' },
  'restore-requested': {
    name: 'Restore from a backup asked for',
    one: 'restore asked for',
    many: 'restores asked for',
  },
  'restored-from-backup': {
    name: 'Restored from a backup',
    one: 'restore from a backup',
    many: 'restores from a backup',
  },
  'restore-failed': { name: 'Restore from a backup failed', one: 'failed restore', many: 'failed restores' },
  'retention-purge': {
    name: 'Old content cleared (retention)',
    one: 'retention clear-out',
    many: 'retention clear-outs',
  },
  'rule-added': { name: 'Rule made', one: 'rule made', many: 'rules made' },
  'rule-changed': { name: 'Rule changed', one: 'rule changed', many: 'rules changed' },
  'rule-deleted': { name: 'Rule deleted', one: 'rule deleted', many: 'rules deleted' },
  'rule-applied': { name: 'Done by a rule', one: 'item acted on by a rule', many: 'items acted on by rules' },
  'rule-undone': { name: 'Rule undone', one: "rule's action undone", many: "rules' actions undone" },
  'request-logged': { name: 'Request logged', one: 'request logged', many: 'requests logged' },
  'request-assigned': { name: 'Request given to', one: 'request handed on', many: 'requests handed on' },
  'request-clock-stopped': { name: 'Request clock stopped', one: 'clock stopped', many: 'clocks stopped' },
  'request-clock-restarted': {
    name: 'Request clock started again',
    one: 'clock started again',
    many: 'clocks started again',
  },
  'request-extended': { name: 'Request extended', one: 'request extended', many: 'requests extended' },
  'request-answered': { name: 'Request answered', one: 'request answered', many: 'requests answered' },
  'request-refused': { name: 'Request refused', one: 'request refused', many: 'requests refused' },
  'request-withdrawn': { name: 'Request withdrawn', one: 'request withdrawn', many: 'requests withdrawn' },
  'closure-days-changed': {
    name: 'Office closure days changed',
    one: 'change to closure days',
    many: 'changes to closure days',
  },
};

export const isActionKind = (kind: string): kind is ActionKind => Object.hasOwn(words, kind);

// A kind this list does not know yet still reads as words, never as its id.
const unknownKind = (kind: string): ActionWords => {
  const spaced = kind.replace(/[-_]+/g, ' ').trim();
  return { name: spaced.charAt(0).toUpperCase() + spaced.slice(1), one: spaced, many: spaced };
};
const wordsFor = (kind: string): ActionWords => (isActionKind(kind) ? words[kind] : unknownKind(kind));

/** 'export-made' → "Export made". */
export const actionKindName = (kind: string): string => wordsFor(kind).name;

/** "1 block", "2 blocks", "1,204 removals". */
export function actionCount(kind: string, count: number): string {
  const { one, many } = wordsFor(kind);
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "1 item", "3 items", "2 replies": give the plural when it is not the singular and an s. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}
