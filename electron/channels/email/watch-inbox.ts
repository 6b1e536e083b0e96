// Push for email: a second IMAP connection that sits in IDLE on INBOX (RFC 2177) and says when new
// mail arrives, so the poller need not wait for its interval. Reconnects when the server drops it.
import type { ImapFlow } from 'imapflow';
import { serverContext, type MailServer } from './email-config';
import { emailChannelError } from './email-errors';
import { connectImap, logoutQuietly } from './imap-session';

const reconnectDelayMs = 30_000;

export interface InboxWatch {
  stop(): Promise<void>;
}

/** Resolves once IDLE has started, or with a watch that does nothing when the server has no IDLE. */
export async function watchInbox(server: MailServer, onChange: () => void): Promise<InboxWatch> {
  let stopped = false;
  let client: ImapFlow | null = null;
  let retry: NodeJS.Timeout | null = null;

  const start = async (): Promise<boolean> => {
    const connection = await connectImap(server, { watching: true });
    try {
      if (!connection.capabilities.has('IDLE')) {
        await logoutQuietly(connection);
        return false;
      }
      connection.on('exists', (event) => {
        if (event.count > event.prevCount) onChange();
      });
      connection.on('close', () => {
        // A close we did not ask for (server restart, network): come back later, and poll then, as
        // mail may have arrived meanwhile.
        if (stopped || connection.closedByClient) return;
        retry = setTimeout(reconnect, reconnectDelayMs);
        retry.unref();
      });
      await connection.mailboxOpen('INBOX', { readOnly: true });
    } catch (error) {
      await logoutQuietly(connection);
      throw emailChannelError(error, serverContext('IMAP', server));
    }
    client = connection;
    // Start IDLE now rather than after the auto-IDLE delay; it resolves only when IDLE ends.
    connection.idle({ whenFree: true }).catch(() => undefined);
    return true;
  };

  const reconnect = (): void => {
    if (stopped) return;
    start()
      .then(() => onChange())
      .catch(() => {
        retry = setTimeout(reconnect, reconnectDelayMs);
        retry.unref();
      });
  };

  if (!(await start())) return { stop: () => Promise.resolve() };
  return {
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      if (client) await logoutQuietly(client);
    },
  };
}
