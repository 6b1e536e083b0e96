// Reason 8's reply: asking for a formal complaint or a report to the Police, sent, edited or skipped.
import type { ComplaintFollowUp } from '../api/contract';
import { kindCapabilities } from '../channels/capabilities';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import type { PolicyData } from '../core/policy';
import { fillTemplate } from '../core/render-template';
import type { Store } from '../store/store';
import type { ItemRow } from '../store/items-repo';
import { readPolicySettings } from './council-settings';
import { notInRecord, type Refusal, type Write } from './write';

/** The reply, filled from Settings; what cannot be filled stays visible as {{placeholder}}. */
export function complaintFollowUp(
  store: Store,
  policy: PolicyData,
  row: ItemRow,
  councilName: string,
): ComplaintFollowUp {
  const settings = readPolicySettings(store, councilName);
  const variables = {
    senderName: row.author_name,
    councilName: settings.councilName,
    complaintsAddress: settings.complaintsAddress,
    complaintsEmail: settings.complaintsEmail,
  };
  return fillTemplate(policy.complaintReply, variables);
}

export interface ComplaintReplyRequest {
  itemId: number;
  decision: 'send' | 'skip';
  text?: string | undefined;
}

/** Records the decision and, when the reply is sent, queues it on the item's channel. */
export function answerComplaint(
  change: Write,
  policy: PolicyData,
  request: ComplaintReplyRequest,
  councilName: string,
): { ok: true } | Refusal {
  const { store } = change;
  const row = store.items.get(request.itemId);
  if (!row) return notInRecord('Item', request.itemId);
  const suggested = complaintFollowUp(store, policy, row, councilName).text;
  const finalText = request.decision === 'send' ? (request.text ?? suggested) : null;
  if (finalText !== null && /\{\{|\}\}/.test(finalText)) {
    return {
      ok: false,
      code: 'invalid_input',
      message:
        'The reply still has {{…}} placeholders. Fill them in (or set the complaints address in Settings) before sending.',
    };
  }
  const capabilities = kindCapabilities(row.channel, row.kind);
  const form = capabilities.replies.includes('private-reply') ? 'private-reply' : (capabilities.replies[0] ?? null);
  const actionId = change.record({
    itemId: row.id,
    kind: 'complaint-reply',
    reasonId: 'alleged-breach',
    policyVersion: readPolicySettings(store, councilName).policyVersion || null,
    details: {
      decision: request.decision,
      text: finalText,
      edited: finalText !== null && finalText !== suggested,
      form,
    },
  });
  if (finalText !== null && form) {
    store.outbox.enqueue({
      actionId,
      accountId: row.account_id,
      itemId: row.id,
      ...channelRequest('reply', { externalId: row.external_id, form, text: finalText }),
      idempotencyKey: idempotencyKey(actionId, 'reply'),
      now: change.now,
    });
  }
  change.changed([row.id]);
  return { ok: true };
}
