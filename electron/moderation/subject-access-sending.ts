// Sending the subject access export to the requester: to which address and from which council email account
// (or, plainly, why the console cannot), the email that carries it, and the one write that records the answer and
// queues the email. The export holds the person's personal data, so it goes to their own address and nowhere else.
import { createHash } from 'node:crypto';
import { fail, type Envelope } from '../api/envelope';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import { londonDate, ukDate } from '../core/london-date';
import { applyRequestEvent, isClosed, type RequestEvent, type RequestState } from '../core/request-record';
import type { AccountRow } from '../store/accounts-repo';
import type { Store } from '../store/store';
import { recordExportMade } from './exports';
import { requestRulesOf } from './request-settings';
import { appendStep, loadRequest, type LoadedRequest } from './requests';
import type { Write } from './write';

/** Larger files are often refused by the requester's mail provider (10 MB is a common limit once encoded). */
export const largestEmailedFileBytes = 7 * 1024 * 1024;

export interface SubjectAccessRoute {
  /** The requester's own email address. */
  to: string;
  toName: string;
  account: AccountRow;
  /** The council's address on that account ("clerk@ashcombe-pc.org.uk"), or the account's name when it has none. */
  from: string;
  /** The request's email, when it came by email on that account: the answer goes in the same conversation. */
  inReplyTo: string | null;
}

export type RouteOrWhy = { ok: true; route: SubjectAccessRoute } | { ok: false; why: string };

const instead = 'Save the export instead, send it yourself, then record where it went.';

const addressOf = (email: string) => email.trim().toLowerCase();

/** The council email accounts the console can send from now, the real connector before the demo one. */
function sendingAccounts(store: Store): { usable: AccountRow[]; paused: AccountRow[] } {
  const email = store.accounts.list().filter((account) => account.channel === 'email' && !account.removedAt);
  const ranked = email.sort((a, b) => Number(b.connector === 'email') - Number(a.connector === 'email'));
  return { usable: ranked.filter((account) => !account.paused), paused: ranked.filter((account) => account.paused) };
}

/**
 * Where the export can go: the email address the request (or an item linked to it) came from, else the
 * requester's one address on record; several addresses and none on the request is not guessed between.
 */
export function subjectAccessRoute(store: Store, request: LoadedRequest): RouteOrWhy {
  const personId = request.row.person_id;
  const name = request.row.person_name ?? 'The requester';
  if (personId === null) return { ok: false, why: `The request has no requester on record. ${instead}` };
  const linked = store.requests
    .itemsOf(request.row.id)
    .map((link) => ({ link, item: store.items.get(link.item_id) }))
    .flatMap(({ link, item }) =>
      item && item.person_id === personId && item.author_email ? [{ role: link.role, item }] : [],
    )
    // The request itself first, then the newest linked item.
    .sort((a, b) => Number(b.role === 'request') - Number(a.role === 'request') || b.item.id - a.item.id);
  const fromRequest = linked[0]?.item ?? null;
  const known = [
    ...new Map(
      store.people
        .senders(personId)
        .flatMap((sender) => (sender.email ? [[addressOf(sender.email), sender.email.trim()] as const] : [])),
    ).values(),
  ];
  const to = fromRequest?.author_email?.trim() ?? (known.length === 1 ? known[0] : undefined);
  if (to === undefined)
    return {
      ok: false,
      why:
        known.length === 0
          ? `${name} has given no email address, so the console cannot send it. ${instead}`
          : `${name} has written from more than one email address (${known.join(', ')}) and the request came from none of them, so the console does not choose one. ${instead}`,
    };
  const { usable, paused } = sendingAccounts(store);
  const account = usable.find((candidate) => candidate.id === fromRequest?.account_id) ?? usable[0];
  if (!account)
    return {
      ok: false,
      why: paused[0]
        ? `The council email account (${paused[0].name}) is paused, so the console cannot send it. Resume it under Settings → Channels, or: ${instead}`
        : `No council email account is connected (Settings → Channels), so the console cannot send it. ${instead}`,
    };
  const address = store.accounts.config(account.id).address;
  const sameConversation = fromRequest && fromRequest.account_id === account.id && fromRequest.channel === 'email';
  return {
    ok: true,
    route: {
      to,
      toName: fromRequest?.author_name ?? name,
      account,
      from: typeof address === 'string' && address.includes('@') ? address : account.name,
      inReplyTo: sameConversation ? fromRequest.external_id : null,
    },
  };
}

/** The email that carries the export: what it is, and how to open it. */
export function subjectAccessLetter(input: {
  requesterName: string;
  reference: string;
  receivedOn: string;
  fileName: string;
  councilName: string;
  /** The operator's signature, or their name. */
  signOff: string;
}): { subject: string; text: string } {
  return {
    subject: `Your subject access request ${input.reference}`,
    text: [
      `Dear ${input.requesterName},`,
      '',
      `In answer to your subject access request of ${ukDate(input.receivedOn)} (our reference ${input.reference}), the attached file, ${input.fileName}, holds the personal data ${input.councilName} holds about you.`,
      '',
      'It is a ZIP file: open it and read report.pdf, which sets everything out with the times in UK time. The .json files hold the same in a form a computer can read, and README.txt says what each file holds.',
      '',
      input.signOff,
      input.councilName,
    ].join('\n'),
  };
}

export interface SubjectAccessSending {
  requestId: number;
  route: SubjectAccessRoute;
  file: { name: string; bytes: Uint8Array };
  letter: { subject: string; text: string };
  counts: { items: number; actions: number };
}

/**
 * Records the export and the answer and queues the email, all in the write's transaction: nothing is
 * recorded unless the request can be answered now, and the email cannot be queued without the record.
 */
export function sendSubjectAccessExport(change: Write, sending: SubjectAccessSending): Envelope<RequestState> {
  const { store } = change;
  const rules = requestRulesOf(store);
  const loaded = loadRequest(store, sending.requestId, rules.calendars);
  if (!loaded.ok) return loaded;
  const { row, state } = loaded.value;
  if (row.type !== 'sar' || row.person_id === null)
    return fail('conflict', 'The subject access export answers a subject access request only.');
  if (isClosed(state)) return fail('conflict', `${row.reference} has already been closed; nothing was sent.`);
  const { file, route } = sending;
  if (file.bytes.length > largestEmailedFileBytes)
    return fail(
      'conflict',
      `${file.name} is ${megabytes(file.bytes.length)}, too large to send by email (${megabytes(largestEmailedFileBytes)} at most), so nothing was sent. ${instead}`,
    );
  const event: RequestEvent = { kind: 'answered', on: londonDate(change.at), operator: change.operator };
  const allowed = applyRequestEvent(state, event, rules.calendars);
  if (!allowed.ok) return allowed;

  const exportId = recordExportMade(change, 'subject-access', sending.counts, row.person_id);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const itemId = store.requests.itemsOf(row.id)[0]?.item_id ?? null;
  const written = appendStep(
    change,
    loaded.value,
    event,
    {
      subjectAccessExportId: exportId,
      sentTo: route.to,
      sentFrom: route.from,
      accountId: route.account.id,
      fileName: file.name,
      fileBytes: file.bytes.length,
      sha256,
    },
    { rules, itemId },
  );
  if (!written.ok) throw new Error(written.error.message);
  store.outbox.enqueue({
    actionId: written.actionId,
    accountId: route.account.id,
    itemId,
    ...channelRequest('send-file', {
      to: route.to,
      subject: sending.letter.subject,
      text: sending.letter.text,
      inReplyTo: route.inReplyTo,
      references: route.inReplyTo,
      file: {
        name: file.name,
        type: 'application/zip',
        base64: Buffer.from(file.bytes).toString('base64'),
        bytes: file.bytes.length,
        sha256,
      },
    }),
    idempotencyKey: idempotencyKey(written.actionId, 'send-file'),
    now: change.now,
  });
  if (itemId !== null) change.changed([itemId]);
  return { ok: true, value: written.value };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
