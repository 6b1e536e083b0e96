// One line per recorded action, in the clerk's words.
import { actionKindName } from '../api/action-words';
import { channelOperationNames } from '../api/capabilities';
import type { ActionRecord } from '../api/domain';
import type { PolicyData } from '../core/policy';
import type { StoredAction } from '../store/actions-repo';
import type { OutboxEntry } from '../store/outbox-repo';
import { storedKindOf, type RecordedAction } from '../api/recorded-actions';
import { replyFormNames } from '../api/replies';

const words = (operations: readonly string[]): string =>
  operations.map((operation) => channelOperationNames[operation] ?? operation).join(', ');

const excerptOf = (value: string): string => {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
};
/** A form this console no longer offers is named as stored. */
const formName = (form: string): string => (replyFormNames as Readonly<Record<string, string>>)[form] ?? form;
const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
const methodWords: Record<string, string> = {
  'page-block': 'page block',
  mute: 'mute',
  'local-blocklist': 'blocklist',
};

/** `delivery`: the outbox entries the action queued, when the caller has them. */
export function toActionRecord(
  action: StoredAction,
  policy: PolicyData,
  delivery: readonly OutboxEntry[] = [],
): ActionRecord {
  const label = policy.reasons.find((reason) => reason.id === action.reasonId)?.label ?? action.reasonId ?? '';
  const version = action.policyVersion ? ` (policy ${action.policyVersion})` : '';
  return {
    id: action.id,
    itemId: action.itemId,
    kind: storedKindOf(action),
    operator: action.operator,
    createdAt: action.createdAt,
    reasonId: action.reasonId,
    policyVersion: action.policyVersion,
    summary: summaryOf(action, label, version),
    delivery:
      delivery.length === 0
        ? null
        : delivery
            .map((entry) => (entry.state === 'failed' && entry.lastError ? `failed: ${entry.lastError}` : entry.state))
            .join(', '),
  };
}

/** The action's line in the record; a kind without words of its own (or unreadable details) reads as its name. */
function summaryOf(action: RecordedAction, label: string, version: string): string {
  switch (action.kind) {
    case 'no-action-needed':
      return 'No action needed';
    case 'no-action-undone':
      return '"No action needed" undone: back in the queue as new';
    case 'removed': {
      const { channelOperation, removalNotice } = action.details;
      const summary = `Removed: ${label}${version}; ${channelOperation ? `${words([channelOperation])} on the channel` : 'kept in the record only'}`;
      return removalNotice ? `${summary}; removal notice posted` : summary;
    }
    case 'removal-undone':
    case 'restored': {
      const verb = action.kind === 'restored' ? 'Restored' : 'Removal undone';
      const { cancelled, reversed, irreversible } = action.details;
      const parts = [
        cancelled.length > 0 ? `cancelled before it reached the channel: ${words(cancelled)}` : '',
        reversed.length > 0 ? `queued: ${words(reversed)}` : '',
        irreversible.length > 0 ? `could not reverse: ${words(irreversible)}` : '',
      ].filter(Boolean);
      return parts.length > 0 ? `${verb}; ${parts.join('; ')}` : verb;
    }
    case 'complaint-reply':
      return action.details.decision === 'send'
        ? `Asked to make a formal complaint or report to the Police${action.details.edited ? ' (text edited)' : ''}`
        : 'Formal complaint reply skipped';
    case 'people-linked': {
      const { linkedName, channel, evidence } = action.details;
      return `Linked ${linkedName} (${channel}) to this person: ${evidence.join('; ')}`;
    }
    case 'person-split':
      return `Split off ${action.details.name} (${action.details.channel}): not this person`;
    case 'link-rejected':
      return `Not the same person: ${action.details.name} (${action.details.channel})`;
    case 'blocked': {
      const { strikes, senders } = action.details;
      const how = senders
        .map((sender) => `${sender.channel} ${methodWords[sender.method] ?? sender.method}`)
        .join(', ');
      return `Blocked (${strikes === null ? 'strikes unknown' : plural(strikes, 'strike')}): ${how}`;
    }
    case 'unblocked': {
      const { reason, returnedToQueue } = action.details;
      return `Unblocked: "${reason}"${returnedToQueue > 0 ? `; ${plural(returnedToQueue, 'blocked item')} back in the queue` : ''}`;
    }
    case 'replied': {
      const { form, templateName, text, overrideReason } = action.details;
      const summary = `Replied (${formName(form)})${templateName ? ` with "${templateName}"` : ''}: "${excerptOf(text)}"`;
      return overrideReason ? `${summary}; sent despite the policy check: "${overrideReason}"` : summary;
    }
    case 'consent-form-sent':
      return 'Data consent form sent';
    case 'consent-received':
      return 'Data consent form received: their details may be passed on';
    case 'consent-withdrawn':
      return 'Data consent withdrawn: their details are redacted when forwarding';
    case 'consent-cleared':
      return 'Data consent set back to none';
    case 'forwarded': {
      const { toName, toEmail, redacted, removedKinds } = action.details;
      return `Forwarded to ${toName} (${toEmail}), ${redacted ? `personal data redacted (${removedKinds.join(', ') || 'none found'})` : 'unredacted, with the data consent form received'}`;
    }
    case 'note':
      return `Note: ${action.details.text}`;
    default:
      return actionKindName(storedKindOf(action));
  }
}
