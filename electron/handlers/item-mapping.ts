// Rows from the store into the contract's shapes.
import type { PolicyReasonId, QueueItem } from '../api/domain';
import { kindCapabilities } from '../channels/capabilities';
import type { PolicyData } from '../core/policy';
import type { QueueRow } from '../store/items-repo';

/** `strikes`: the sender's strike counts per person (see strikeCountsFor); a person not in it has none. */
const noStrikes: ReadonlyMap<number, number> = new Map();

const labelOf = (policy: PolicyData, reasonId: string): string =>
  policy.reasons.find((candidate) => candidate.id === reasonId)?.label ?? reasonId;

export function toQueueItem(
  row: QueueRow,
  policy: PolicyData,
  strikes: ReadonlyMap<number, number> = noStrikes,
): QueueItem {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    channel: row.channel,
    kind: row.kind,
    status: row.status,
    author: { id: row.author_id, name: row.author_name, handle: row.author_handle },
    subject: row.subject,
    text: row.text,
    receivedAt: row.received_at,
    threadId: row.thread_id,
    fromCouncil: row.from_council === 1,
    removal:
      row.status === 'removed' && row.removal_action_id !== null
        ? {
            actionId: row.removal_action_id,
            reasonId: row.removal_reason_id as PolicyReasonId,
            reasonLabel: row.removal_reason_id ? labelOf(policy, row.removal_reason_id) : '',
            operator: row.removal_operator ?? '',
            at: row.removal_at ?? '',
          }
        : null,
    channelCanRemove: kindCapabilities(row.channel, row.kind).removal !== 'record-only',
    personId: row.person_id,
    strikes: strikes.get(row.person_id) ?? 0,
    senderBlocked: row.sender_blocked === 1,
    suggestion:
      row.suggested_reason_id && row.suggested_confidence
        ? {
            reasonId: row.suggested_reason_id,
            reasonLabel: labelOf(policy, row.suggested_reason_id),
            confidence: row.suggested_confidence,
          }
        : null,
    ruleMarks: ruleMarksOf(row.rule_marks),
  };
}

function ruleMarksOf(marks: string | null): { labels: string[]; priority: boolean } | null {
  if (marks === null) return null;
  const cut = marks.lastIndexOf('|');
  const labels = JSON.parse(marks.slice(0, cut)) as unknown;
  return {
    labels: Array.isArray(labels) ? [...new Set(labels.filter((label) => typeof label === 'string'))] : [],
    priority: marks.slice(cut + 1) === '1',
  };
}
