// One line per recorded action, in the clerk's words.
import { actionKindName, countOf } from '../api/action-words';
import { isIsoDate, ukLongDate } from '../api/uk-time';
import { channelOperationNames } from '../api/capabilities';
import { channelActionWords, channelName, deliveryWords } from '../api/channel-words';
import { channels, type ActionRecord, type Channel } from '../api/domain';
import type { PolicyData } from '../core/policy';
import type { StoredAction } from '../store/actions-repo';
import type { OutboxEntry } from '../store/outbox-repo';
import { storedKindOf, type RecordedAction } from '../api/recorded-actions';
import { replyFormNames } from '../api/replies';
import { ruleAppliedSummary } from './rule-words';

const words = (operations: readonly string[]): string =>
  operations.map((operation) => channelOperationNames[operation] ?? operation).join(', ');

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const redactionWords: Record<string, string> = {
  email: 'email address',
  phone: 'phone number',
  'street-address': 'street address',
  'ip-address': 'IP address',
  'cookie-id': 'cookie identifier',
};
/** A form this console no longer offers is named as stored. */
const formName = (form: string): string => (replyFormNames as Readonly<Record<string, string>>)[form] ?? form;
const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
const methodWords: Record<string, string> = {
  'page-block': 'Page block',
  mute: 'mute',
  'local-blocklist': "the console's blocklist",
};

const exportNames: Record<string, string> = {
  zip: 'record export (ZIP)',
  'zip-with-pdf': 'record export (ZIP with the PDF report)',
  csv: 'record export (CSV)',
  pdf: 'record export (PDF)',
  'subject-access': 'subject access export',
};

/** "Export made: record export (ZIP), 1 November 2026 to 30 November 2026, 7 items and 2 actions". */
function exportSummary(details: Record<string, unknown>): string {
  const name = exportNames[text(details.export)] ?? 'export';
  const from = text(details.from);
  const to = text(details.to);
  const range = isIsoDate(from) && isIsoDate(to) ? `, ${ukLongDate(from)} to ${ukLongDate(to)}` : '';
  const counts =
    typeof details.items === 'number' && typeof details.actions === 'number'
      ? `, ${countOf(details.items, 'item')} and ${countOf(details.actions, 'action')}`
      : '';
  return `Export made: ${name}${range}${counts}`;
}

/** Where one channel action stands, as the clerk reads it: "Sent", "Hidden on Facebook at 23:27". */
function entryWords(entry: OutboxEntry, channel: Channel | null, now: Date): string {
  if (channel === null || entry.operation === 'reply') return deliveryWords(entry.state, entry.lastError);
  return channelActionWords({ ...entry, at: entry.state === 'delivered' ? entry.updatedAt : null }, channel, now);
}

const channelIn = (value: unknown): Channel | null =>
  typeof value === 'string' && (channels as readonly string[]).includes(value) ? (value as Channel) : null;

/**
 * `delivery`: the outbox entries the action queued, when the caller has them; `where`: the item's channel and the
 * time now, to say where they stand in words.
 */
export function toActionRecord(
  action: StoredAction,
  policy: PolicyData,
  delivery: readonly OutboxEntry[] = [],
  where: { channel: Channel | null; now: Date } = { channel: null, now: new Date(0) },
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
    summary: summaryOf(action, label, version, policy),
    delivery:
      delivery.length === 0
        ? null
        : delivery
            .map((entry) => (entry.state === 'failed' && entry.lastError ? `failed: ${entry.lastError}` : entry.state))
            .join(', '),
    deliveryWords:
      delivery.length === 0 ? null : delivery.map((entry) => entryWords(entry, where.channel, where.now)).join('; '),
  };
}

/** The action's line in the record; a kind without words of its own (or unreadable details) reads as its name. */
function summaryOf(action: RecordedAction, label: string, version: string, policy: PolicyData): string {
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
      return `Linked ${linkedName} (${channelName(channel)}) to this person: ${evidence.join('; ')}`;
    }
    case 'person-split':
      return `Split off ${action.details.name} (${channelName(action.details.channel)}): not this person`;
    case 'link-rejected':
      return `Not the same person: ${action.details.name} (${channelName(action.details.channel)})`;
    case 'blocked': {
      const { strikes, senders } = action.details;
      const how = senders
        .map((sender) => `${channelName(sender.channel)} (${methodWords[sender.method] ?? sender.method})`)
        .join(', ');
      return `Blocked (${strikes === null ? 'strikes unknown' : plural(strikes, 'strike')}): ${how}`;
    }
    case 'unblocked': {
      const { reason, returnedToQueue } = action.details;
      return `Unblocked: "${reason}"${returnedToQueue > 0 ? `; ${plural(returnedToQueue, 'blocked item')} back in the queue` : ''}`;
    }
    case 'replied': {
      const { form, templateName, text, overrideReason } = action.details;
      const summary = `Replied (${formName(form)})${templateName ? ` with "${templateName}"` : ''}: "${text.replace(/\s+/g, ' ').trim()}"`;
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
      const removed = removedKinds.map((kind) => redactionWords[kind] ?? kind).join(', ') || 'none found';
      return `Forwarded to ${toName} (${toEmail}), ${redacted ? `personal data redacted (${removed})` : 'unredacted, with the data consent form received'}`;
    }
    case 'note':
      return `Note: ${action.details.text}`;
    case 'export-made':
      return exportSummary(action.details);
    case 'rule-applied':
      return ruleAppliedSummary(action.details, policy, channelIn(action.details.channel));
    case 'rule-undone': {
      const { cancelled, reversed, irreversible, ruleName } = action.details;
      const parts = [
        cancelled.length > 0 ? `cancelled before it reached the channel: ${words(cancelled)}` : '',
        reversed.length > 0 ? `queued: ${words(reversed)}` : '',
        irreversible.length > 0 ? `already sent, cannot be taken back: ${words(irreversible)}` : '',
      ].filter(Boolean);
      return `Undid what rule “${ruleName}” did${parts.length > 0 ? `; ${parts.join('; ')}` : ''}`;
    }
    case 'rule-added':
    case 'rule-deleted':
      return `${actionKindName(action.kind)}: “${action.details.name}”`;
    case 'rule-changed':
      return `${actionKindName(action.kind)}: “${action.details.after.name}”`;
    case 'request-logged':
    case 'request-assigned':
    case 'request-clock-stopped':
    case 'request-clock-restarted':
    case 'request-extended':
    case 'request-answered':
    case 'request-refused':
    case 'request-withdrawn':
      // The request's own words, written with the step (moderation/requests.ts): reference and what was done.
      return action.details.summary || actionKindName(action.kind);
    default:
      return actionKindName(storedKindOf(action));
  }
}
