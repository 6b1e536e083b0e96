// What the clerk does to items from the queue: remove, no action needed, restore, bulk removal, retry.
// A removal or "No action needed" takes the item out of the list at once and moves on to the next row
// (what the clerk sees selected is what the next key acts on); if the backend refuses, it comes back.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import type { ComplaintFollowUp } from '../../electron/api/contract';
import type { ItemDetail, PolicyReasonId, QueueItem } from '../../electron/api/domain';
import type { Envelope } from '../../electron/api/envelope';
import type { useQueue } from './use-queue';

type Queue = ReturnType<typeof useQueue>;

interface Options {
  queue: Queue;
  /** The status the list shows: an item acted on leaves it unless it is 'all' or 'by-rules' (any status). */
  status: string;
  selectedId: number | null;
  select: (id: number | null) => void;
  label: (reasonId: PolicyReasonId) => string;
  say: (message: string) => void;
  setError: (message: string | null) => void;
  /** Every action passes through it, so that undo follows (see use-undo). */
  track: <T>(work: Promise<T>) => Promise<T>;
  refreshDetail: () => void;
  refreshCounts: () => void;
  onFollowUp: (itemId: number, followUp: ComplaintFollowUp) => void;
  clearChecked: () => void;
}

export function useQueueActions(options: Options) {
  const api = useApi();
  const {
    queue,
    status,
    selectedId,
    select,
    label,
    say,
    setError,
    track,
    refreshDetail,
    refreshCounts,
    onFollowUp,
    clearChecked,
  } = options;

  const run = useCallback(
    async <T>(call: Promise<Envelope<T>>): Promise<T | null> => {
      const result = await track(call);
      if (!result.ok) {
        setError(result.error.message);
        return null;
      }
      setError(null);
      return result.value;
    },
    [track, setError],
  );

  /** Takes the item out of the list now and selects the next row; returns how to undo that if refused. */
  const moveOn = useCallback(
    (item: QueueItem, leaves: boolean): (() => void) => {
      if (!leaves) return () => undefined;
      const index = queue.items.findIndex((candidate) => candidate.id === item.id);
      const next = queue.items[index + 1] ?? queue.items[index - 1];
      const wasSelected = item.id === selectedId;
      const putBack = queue.takeOut(item.id);
      if (wasSelected) select(next?.id ?? null);
      return () => {
        putBack();
        if (wasSelected) select(item.id);
      };
    },
    [queue, selectedId, select],
  );

  /** The new state of the item in the list, and of every row of its sender. */
  const settle = useCallback(
    (updated: ItemDetail, leaves: boolean) => {
      if (!leaves) queue.applyChange(updated);
      // An item that left the list is no longer the open one: the next row's detail is loading.
      if (!leaves && updated.id === selectedId) refreshDetail();
      refreshCounts();
      void queue.refreshSenders([updated.personId]);
    },
    [queue, selectedId, refreshDetail, refreshCounts],
  );

  const remove = useCallback(
    async (reasonId: PolicyReasonId, notice?: boolean, itemId: number | null = selectedId) => {
      // By id, not from the detail pane: a key pressed while the detail loads, or a row's menu, still acts.
      const item = queue.items.find((candidate) => candidate.id === itemId);
      if (!item || item.status === 'removed' || item.fromCouncil) return;
      const leaves = status !== 'all' && status !== 'by-rules';
      const putBack = moveOn(item, leaves);
      const outcome = await run(api.call('item:remove', { id: item.id, reasonId, notice }));
      if (!outcome) return putBack();
      say(`Removed: ${label(reasonId)}.`);
      settle(outcome.item, leaves);
      if (outcome.followUp) onFollowUp(item.id, outcome.followUp);
    },
    [api, queue.items, selectedId, status, moveOn, run, say, label, settle, onFollowUp],
  );

  const markHandled = useCallback(
    async (itemId: number | null = selectedId) => {
      const item = queue.items.find((candidate) => candidate.id === itemId);
      if (!item || item.status !== 'new') return;
      const leaves = status !== 'all' && status !== 'by-rules' && status !== 'handled';
      const putBack = moveOn(item, leaves);
      const updated = await run(api.call('item:markHandled', { id: item.id }));
      if (!updated) return putBack();
      say('Marked as needing no action.');
      settle(updated, leaves);
    },
    [api, queue.items, selectedId, status, moveOn, run, say, settle],
  );

  /** An item changed by a dialog (a reply marks it handled): shown as it is now; if it leaves the list, on to the next. */
  const changedElsewhere = useCallback(
    (updated: ItemDetail) => {
      const leaves = status !== 'all' && status !== 'by-rules' && updated.status !== status;
      const listed = queue.items.find((candidate) => candidate.id === updated.id);
      if (leaves && listed) moveOn(listed, true);
      settle(updated, leaves);
    },
    [status, queue.items, moveOn, settle],
  );

  const restore = useCallback(
    async (itemId: number) => {
      const updated = await run(api.call('item:restore', { id: itemId }));
      if (!updated) return;
      say('Restored.');
      changedElsewhere(updated);
    },
    [api, run, say, changedElsewhere],
  );

  const removeSelected = useCallback(
    async (ids: readonly number[], reasonId: PolicyReasonId) => {
      const outcome = await run(api.call('item:removeMany', { ids: [...ids], reasonId }));
      if (!outcome) return;
      clearChecked();
      const skipped = outcome.skipped.length > 0 ? ` (${outcome.skipped.length} skipped: already removed)` : '';
      say(
        `Removed ${outcome.removed.length} item${outcome.removed.length === 1 ? '' : 's'}: ${label(reasonId)}${skipped}.`,
      );
      const people = queue.items.filter((item) => outcome.removed.includes(item.id)).map((item) => item.personId);
      await queue.reload();
      refreshCounts();
      void queue.refreshSenders(people);
    },
    [api, queue, run, say, label, refreshCounts, clearChecked],
  );

  const retry = useCallback(
    async (entryId: number) => {
      const entry = await run(api.call('outbox:retry', { id: entryId }));
      if (!entry) return;
      say('Trying the channel action again.');
      refreshDetail();
    },
    [api, run, say, refreshDetail],
  );

  return { remove, markHandled, restore, removeSelected, retry, changedElsewhere };
}
