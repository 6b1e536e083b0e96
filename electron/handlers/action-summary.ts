// One line per recorded action, in the clerk's words.
import { actionKindName, countOf } from '../api/action-words';
import { isIsoDate, ukLongDate } from '../api/uk-time';
import { channelOperationNames } from '../api/capabilities';
import { channelActionWords, channelName, deliveryWords } from '../api/channel-words';
import { channels, type ActionRecord, type Channel } from '../api/domain';
import type { PolicyData } from '../core/policy';
import type { StoredAction } from '../store/actions-repo';
import type { OutboxEntry } from '../store/outbox-repo';
import { replyFormNames } from '../api/replies';
import { ruleAppliedSummary } from './rule-words';

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
const words = (operations: string[]): string =>
  operations.map((operation) => channelOperationNames[operation] ?? operation).join(', ');

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const redactionWords: Record<string, string> = {
  email: 'email address',
  phone: 'phone number',
  'street-address': 'street address',
  'ip-address': 'IP address',
  'cookie-id': 'cookie identifier',
};
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
  const { details } = action;
  let summary: string;
  switch (action.kind) {
    case 'no-action-needed':
      summary = 'No action needed';
      break;
    case 'no-action-undone':
      summary = '"No action needed" undone: back in the queue as new';
      break;
    case 'removed': {
      const operation = typeof details.channelOperation === 'string' ? details.channelOperation : null;
      summary = `Removed: ${label}${version}; ${operation ? `${words([operation])} on the channel` : 'kept in the record only'}`;
      if (details.removalNotice) summary += '; removal notice posted';
      break;
    }
    case 'removal-undone':
    case 'restored': {
      const verb = action.kind === 'restored' ? 'Restored' : 'Removal undone';
      const parts = [
        list(details.cancelled).length > 0
          ? `cancelled before it reached the channel: ${words(list(details.cancelled))}`
          : '',
        list(details.reversed).length > 0 ? `queued: ${words(list(details.reversed))}` : '',
        list(details.irreversible).length > 0 ? `could not reverse: ${words(list(details.irreversible))}` : '',
      ].filter(Boolean);
      summary = parts.length > 0 ? `${verb}; ${parts.join('; ')}` : verb;
      break;
    }
    case 'complaint-reply':
      summary =
        details.decision === 'send'
          ? `Asked to make a formal complaint or report to the Police${details.edited ? ' (text edited)' : ''}`
          : 'Formal complaint reply skipped';
      break;
    case 'people-linked':
      summary = `Linked ${text(details.linkedName)} (${channelName(text(details.channel))}) to this person: ${list(details.evidence).join('; ')}`;
      break;
    case 'person-split':
      summary = `Split off ${text(details.name)} (${channelName(text(details.channel))}): not this person`;
      break;
    case 'link-rejected':
      summary = `Not the same person: ${text(details.name)} (${channelName(text(details.channel))})`;
      break;
    case 'blocked': {
      const senders = Array.isArray(details.senders)
        ? (details.senders as { channel?: unknown; method?: unknown }[])
        : [];
      const how = senders
        .map(
          (sender) =>
            `${channelName(text(sender.channel))} (${methodWords[text(sender.method)] ?? text(sender.method)})`,
        )
        .join(', ');
      summary = `Blocked (${typeof details.strikes === 'number' ? `${details.strikes} strike${details.strikes === 1 ? '' : 's'}` : 'strikes unknown'}): ${how}`;
      break;
    }
    case 'unblocked': {
      const returned = typeof details.returnedToQueue === 'number' ? details.returnedToQueue : 0;
      summary = `Unblocked: "${text(details.reason)}"${returned > 0 ? `; ${returned} blocked item${returned === 1 ? '' : 's'} back in the queue` : ''}`;
      break;
    }
    case 'replied': {
      const template = text(details.templateName);
      summary = `Replied (${replyFormNames[text(details.form) as keyof typeof replyFormNames] ?? text(details.form)})${template ? ` with "${template}"` : ''}: "${text(details.text).trim()}"`;
      if (details.overrideReason) summary += `; sent despite the policy check: "${text(details.overrideReason)}"`;
      break;
    }
    case 'consent-form-sent':
      summary = 'Data consent form sent';
      break;
    case 'consent-received':
      summary = 'Data consent form received: their details may be passed on';
      break;
    case 'consent-withdrawn':
      summary = 'Data consent withdrawn: their details are redacted when forwarding';
      break;
    case 'consent-cleared':
      summary = 'Data consent set back to none';
      break;
    case 'forwarded':
      summary = `Forwarded to ${text(details.toName)} (${text(details.toEmail)}), ${
        details.redacted
          ? `personal data redacted (${
              list(details.removedKinds)
                .map((kind) => redactionWords[kind] ?? kind)
                .join(', ') || 'none found'
            })`
          : 'unredacted, with the data consent form received'
      }`;
      break;
    case 'note':
      summary = `Note: ${text(details.text)}`;
      break;
    case 'export-made':
      summary = exportSummary(details);
      break;
    case 'rule-applied':
      summary = ruleAppliedSummary(details, policy, channelIn(details.channel));
      break;
    case 'rule-undone': {
      const parts = [
        list(details.cancelled).length > 0
          ? `cancelled before it reached the channel: ${words(list(details.cancelled))}`
          : '',
        list(details.reversed).length > 0 ? `queued: ${words(list(details.reversed))}` : '',
        list(details.irreversible).length > 0
          ? `already sent, cannot be taken back: ${words(list(details.irreversible))}`
          : '',
      ].filter(Boolean);
      summary = `Undid what rule “${text(details.ruleName)}” did${parts.length > 0 ? `; ${parts.join('; ')}` : ''}`;
      break;
    }
    case 'rule-added':
    case 'rule-changed':
    case 'rule-deleted': {
      const name = text(details.name) || text((details.after as Record<string, unknown> | undefined)?.name);
      summary = `${actionKindName(action.kind)}: “${name}”`;
      break;
    }
    case 'request-logged':
    case 'request-assigned':
    case 'request-clock-stopped':
    case 'request-clock-restarted':
    case 'request-extended':
    case 'request-answered':
    case 'request-refused':
    case 'request-withdrawn':
      // The request's own words, written with the step (moderation/requests.ts): reference and what was done.
      summary = text(details.summary) || actionKindName(action.kind);
      break;
    default:
      summary = actionKindName(action.kind);
  }
  return {
    id: action.id,
    itemId: action.itemId,
    kind: action.kind,
    operator: action.operator,
    createdAt: action.createdAt,
    reasonId: action.reasonId,
    policyVersion: action.policyVersion,
    summary,
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
