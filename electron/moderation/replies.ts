// Replying to an item: the forms its channel allows, the exact outgoing text, the checks, and the record.
import { channelName } from '../api/channel-words';
import type { ReplyForm } from '../api/capabilities';
import { replyFormNames, type ReplyFormOption, type ReplyPreview } from '../api/replies';
import { kindCapabilities } from '../channels/capabilities';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import { composeReply, privateReplyRefusal, type ReplyOriginal } from '../core/compose-reply';
import { messengerWindow, messengerWindowWords, type WindowWords } from '../core/messenger-window';
import { checkOutbound } from '../core/outbound-check';
import type { StoredAction } from '../store/actions-repo';
import type { Store } from '../store/store';
import type { ItemRow } from '../store/items-repo';
import { councilContacts, readPolicySettings } from './council-settings';
import type { Write } from './write';

const ancestorLimit = 20;

/** Message-IDs of what this email answers, oldest first, as far as the record goes. */
function ancestors(store: Store, row: ItemRow): string[] {
  const chain: string[] = [];
  let current: ItemRow | null = row;
  while (current?.parent_external_id && chain.length < ancestorLimit) {
    chain.unshift(current.parent_external_id);
    const parent = store.items.byExternalId(current.account_id, current.parent_external_id);
    current = parent ? store.items.get(parent.id) : null;
  }
  return chain;
}

export function replyOriginal(store: Store, row: ItemRow): ReplyOriginal {
  return {
    channel: row.channel,
    externalId: row.external_id,
    authorName: row.author_name,
    subject: row.subject,
    text: row.text,
    receivedAt: row.received_at,
    ancestors: row.channel === 'email' ? ancestors(store, row) : [],
  };
}

/** `actions`: the item's record, when the caller has already read it. */
export function replyFormOptions(
  store: Store,
  row: ItemRow,
  now: Date,
  actions: readonly StoredAction[] = store.actions.listForItem(row.id),
): ReplyFormOption[] {
  if (row.from_council === 1) return [];
  const capabilities = kindCapabilities(row.channel, row.kind);
  const privateSent = actions.some((action) => action.kind === 'replied' && action.details.form === 'private-reply');
  return capabilities.replies.map((form) => {
    let words: WindowWords = { window: null, why: null, instead: null };
    if (form === 'private-reply') words.why = privateReplyRefusal(row.received_at, privateSent, now);
    if (form === 'email' && !row.author_email) words.why = 'The sender gave no email address.';
    if (form === 'sms' && !row.author_phone) words.why = 'The sender has no phone number on record.';
    if (form === 'direct-message' && row.channel === 'facebook') words = messengerWindowNow(store, row, now);
    return {
      form,
      label: replyFormNames[form],
      available: words.why === null,
      ...words,
      limit: capabilities.replyLimit,
    };
  });
}

/** Messenger's window, from the person's last message in the conversation (not the message being answered). */
function messengerWindowNow(store: Store, row: ItemRow, now: Date): WindowWords {
  const last = row.thread_id ? store.items.lastIncomingAt(row.account_id, row.thread_id) : row.received_at;
  const humanAgent = store.accounts.config(row.account_id).humanAgent === true;
  return messengerWindowWords(messengerWindow(last ? new Date(last) : null, now, humanAgent));
}

export function previewReply(
  store: Store,
  row: ItemRow,
  form: ReplyForm,
  text: string,
  now: Date,
  councilName: string,
  signature = '',
): ReplyPreview {
  const option = replyFormOptions(store, row, now).find((candidate) => candidate.form === form);
  const composed = composeReply(form, text, replyOriginal(store, row), option?.limit ?? null, signature);
  const problems = [...composed.problems];
  if (!option)
    problems.unshift(
      `${replyFormNames[form]} is not how ${channelName(row.channel)} lets the council answer this item.`,
    );
  else if (!option.available && option.why) problems.unshift(option.why);
  const contacts = councilContacts(readPolicySettings(store, councilName));
  return {
    ...composed,
    ...replyParties(store, row, form, councilName),
    problems,
    outbound: checkOutbound(text, { councilContacts: contacts }).problems,
  };
}

/** Who a reply goes out as and to, as the clerk checks it before sending. */
function replyParties(store: Store, row: ItemRow, form: ReplyForm, councilName: string): { from: string; to: string } {
  const accountName = store.accounts.get(row.account_id)?.name ?? councilName;
  const address = store.accounts.config(row.account_id).address;
  const from =
    form === 'email' && typeof address === 'string' && address.includes('@')
      ? `${councilName} <${address}>`
      : `${councilName} · ${accountName}`;
  const name = row.author_name;
  const to =
    form === 'email'
      ? row.author_email
        ? `${name} <${row.author_email}>`
        : `${name} (no email address)`
      : form === 'sms'
        ? (row.author_phone ?? `${name} (no phone number)`)
        : row.author_handle
          ? `${name} (${row.author_handle})`
          : name;
  return { from, to };
}

export interface ReplyRequest {
  form: ReplyForm;
  text: string;
  templateId?: number | undefined;
  overrideReason?: string | undefined;
  /** Whom the reply is recorded under when not the write's operator: a rule's acknowledgement is the rule's. */
  operator?: string;
  councilName: string;
  /** An automatic answer (out of office, a rule's acknowledgement): the item stays in the queue for the clerk. */
  automatic?: 'out-of-office' | 'rule';
  /** The operator's signature, under an email reply. */
  signature?: string;
}

export type ReplyResult =
  { ok: true; actionId: number } | { ok: false; code: 'invalid_input' | 'policy_check'; message: string };

/**
 * Records the reply and queues it for the channel in the same write; refuses what cannot go out,
 * and what fails the policy's rules unless the clerk gives a reason.
 */
export function sendReply(change: Write, row: ItemRow, request: ReplyRequest): ReplyResult {
  const { store, now } = change;
  const preview = previewReply(
    store,
    row,
    request.form,
    request.text,
    change.at,
    request.councilName,
    request.signature,
  );
  if (preview.problems.length > 0)
    return { ok: false, code: 'invalid_input', message: `Not sent: ${preview.problems.join(' ')}` };
  if (preview.outbound.length > 0 && !request.overrideReason) {
    return {
      ok: false,
      code: 'policy_check',
      message: `Not sent: ${preview.outbound.map((problem) => problem.message).join(' ')} To send it anyway, give your reason; it is recorded with the reply.`,
    };
  }
  const template = request.templateId ? store.templates.get(request.templateId) : null;
  const operator = request.operator ?? change.operator;
  const handled = !request.automatic && row.status === 'new' && store.items.changeStatus(row.id, 'new', 'handled');
  const actionId = change.record({
    itemId: row.id,
    kind: 'replied',
    operator,
    details: {
      form: request.form,
      channel: row.channel,
      templateId: template?.id ?? null,
      templateName: template?.name ?? null,
      templateVersion: template?.version ?? null,
      setsConsent: template?.setsConsent ?? false,
      text: request.text.trim(),
      body: preview.body,
      subject: preview.subject,
      outboundProblems: preview.outbound,
      overrideReason: preview.outbound.length > 0 ? request.overrideReason : null,
      markedHandled: handled,
      automatic: request.automatic ?? null,
      to: request.form === 'email' ? row.author_email : null,
    },
  });
  if (template?.setsConsent) {
    // The policy: details are passed on only after the data consent form; sending it is the first step.
    change.record({
      itemId: null,
      personId: row.person_id,
      kind: 'consent-form-sent',
      operator,
      details: { itemId: row.id, replyActionId: actionId },
    });
  }
  store.outbox.enqueue({
    actionId,
    accountId: row.account_id,
    itemId: row.id,
    ...channelRequest('reply', {
      externalId: row.external_id,
      form: request.form,
      to:
        request.form === 'email'
          ? row.author_email
          : request.form === 'sms'
            ? row.author_phone
            : row.author_external_id,
      text: preview.body,
      subject: preview.subject,
      inReplyTo: preview.inReplyTo,
      references: preview.references,
    }),
    idempotencyKey: idempotencyKey(actionId, 'reply'),
    now,
  });
  return { ok: true, actionId };
}
