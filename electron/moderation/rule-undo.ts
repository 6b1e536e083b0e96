// Undoing what a rule did to an item, and showing a rule's hidden item again once the clerk has reviewed it.
import type { Store } from '../store/store';
import type { OutboxEntry } from '../store/outbox-repo';
import type { Write } from './write';
import { channelRequest, idempotencyKey, parseChannelRequest } from '../channels/channel-operations';

export type RuleUndoResult =
  | { ok: true; actionId: number; itemId: number; description: string }
  | { ok: false; code: 'not_found' | 'conflict'; message: string };

/** Cancels the hides that have not reached the channel; returns those that have, to be reversed (unhide). */
function takeBackHide(
  store: Store,
  entries: readonly OutboxEntry[],
  now: string,
): { cancelled: string[]; toReverse: OutboxEntry[] } {
  const cancelled: string[] = [];
  const toReverse: OutboxEntry[] = [];
  for (const entry of entries) {
    if (entry.operation !== 'hide') continue;
    if (store.outbox.cancel(entry.id, now)) cancelled.push('hide');
    else if (entry.state !== 'cancelled' && entry.state !== 'failed') toReverse.push(entry);
  }
  return { cancelled, toReverse };
}

function queueUnhide(store: Store, entries: readonly OutboxEntry[], actionId: number, now: string): void {
  for (const entry of entries) {
    store.outbox.enqueue({
      actionId,
      accountId: entry.accountId,
      itemId: entry.itemId,
      // The rule's hide named the item's channel reference; the unhide names the same one.
      ...channelRequest('unhide', { externalId: hiddenReference(entry), reverses: entry.id }),
      idempotencyKey: idempotencyKey(actionId, 'unhide', entry.id),
      now,
    });
  }
}

function hiddenReference(entry: OutboxEntry): string {
  const parsed = parseChannelRequest(entry.operation, entry.payload);
  // A hide that does not parse was already failed by the worker, so it is never reversed; '' is refused there too.
  return parsed.ok && parsed.request.operation === 'hide' ? parsed.request.payload.externalId : '';
}

/** Reverses one rule's work on one item, recorded under whoever undoes it. */
export function undoRuleRun(change: Write, ruleActionId: number): RuleUndoResult {
  const { store, now } = change;
  const run = store.rules.run(ruleActionId);
  if (!run) return { ok: false, code: 'not_found', message: 'That is not something a rule did.' };
  if (run.undone_action_id !== null)
    return { ok: false, code: 'conflict', message: 'That has already been undone; nothing was changed.' };
  const item = store.items.get(run.item_id);
  // A removal since holds the item down on its channel: undoing the rule must not show it again.
  const hideEntries = run.hidden === 1 && item?.status !== 'removed' ? store.outbox.forAction(ruleActionId) : [];
  const { cancelled, toReverse } = takeBackHide(store, hideEntries, now);
  const irreversible: string[] = [];
  if (run.reply_action_id !== null) {
    for (const entry of store.outbox.forAction(run.reply_action_id)) {
      if (store.outbox.cancel(entry.id, now)) cancelled.push('reply');
      else if (entry.state !== 'cancelled' && entry.state !== 'failed') irreversible.push('reply');
    }
  }
  const undoId = change.record({
    itemId: run.item_id,
    kind: 'rule-undone',
    details: {
      undoes: ruleActionId,
      ruleName: run.rule_name,
      cancelled,
      reversed: toReverse.map(() => 'unhide'),
      irreversible,
    },
  });
  queueUnhide(store, toReverse, undoId, now);
  store.rules.markUndone(ruleActionId, undoId);
  const whose = item ? `${item.author_name}'s item` : 'the item';
  return {
    ok: true,
    actionId: undoId,
    itemId: run.item_id,
    description: `what rule “${run.rule_name}” did to ${whose}`,
  };
}

/**
 * The clerk found nothing wrong ("No action needed"): an item a rule hid until reviewed is shown again on its
 * channel, queued under the clerk's action, in the write that records it.
 */
export function releaseRuleHides(change: Write, itemId: number, clerkActionId: number): number {
  const { store, now } = change;
  let released = 0;
  for (const run of store.rules.standingFor(itemId)) {
    if (run.hidden !== 1) continue;
    queueUnhide(store, takeBackHide(store, store.outbox.forAction(run.action_id), now).toReverse, clerkActionId, now);
    store.rules.clearHidden(run.action_id);
    released++;
  }
  return released;
}
