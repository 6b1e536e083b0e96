// Removing an email moves it from INBOX to the Removed folder; restoring moves it back. Both are
// found by Message-ID, so a retry after success (the email already moved) is answered as done.
import { ChannelError } from '../channel-error';
import type { PerformResult } from '../connector';
import type { MailServer } from './email-config';
import { ensureFolder, uidsByMessageId, withImap } from './imap-session';

export async function moveMessage(
  server: MailServer,
  messageId: string,
  from: string,
  to: string,
): Promise<PerformResult> {
  return withImap(server, async (client) => {
    const atDestination = await uidsByMessageId(client, to, messageId);
    const atSource = await uidsByMessageId(client, from, messageId);
    if (atSource.length === 0) {
      if (atDestination.length > 0) return { ok: true, reference: to };
      throw new ChannelError(
        'rejected',
        `The email ${messageId} is in neither ${from} nor ${to} on the mail server: it may have been moved or deleted in another mail program.`,
      );
    }
    await ensureFolder(client, to);
    const lock = await client.getMailboxLock(from);
    try {
      // Already copied once (a MOVE cut short, or COPY done without the EXPUNGE): only take it out
      // of the source, so the destination never holds it twice.
      if (atDestination.length > 0) await client.messageDelete(atSource, { uid: true });
      // MOVE (RFC 6851); imapflow falls back to COPY + EXPUNGE on servers without it.
      else await client.messageMove(atSource, to, { uid: true });
    } finally {
      lock.release();
    }
    return { ok: true, reference: to };
  });
}
