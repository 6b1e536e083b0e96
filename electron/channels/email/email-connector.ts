// The council's mailbox as a channel: IMAP in (poll, IDLE watch, moving removed mail aside), SMTP out.
import { ChannelError, failureOf } from '../channel-error';
import { channelCapabilities } from '../capabilities';
import { unhandledOperation } from '../channel-operations';
import type { ChannelOperation, Connector, PerformResult, PollResult, VerifyResult } from '../connector';
import { sessionOf } from './access-token-holder';
import type { EmailConnectorConfig, EmailSession } from './email-config';
import { connectImap } from './imap-session';
import { moveMessage } from './move-message';
import { pollInbox } from './poll-inbox';
import { sendFile, sendReply, verifySmtp } from './send-reply';
import { watchInbox } from './watch-inbox';

export type { EmailConnectorConfig, EmailTokenRenewal, MailServerConfig } from './email-config';

export class EmailConnector implements Connector {
  readonly connector = 'email';
  readonly channel = 'email' as const;
  readonly capabilities = channelCapabilities.email;

  /** Every operation signs in through this, so poll, perform, verify and watch share one access token. */
  private readonly config: EmailSession;

  constructor(config: EmailConnectorConfig) {
    this.config = sessionOf(config);
  }

  poll(cursor: string | null): Promise<PollResult> {
    return pollInbox(this.config, cursor);
  }

  watch(onChange: () => void): Promise<{ stop(): Promise<void> }> {
    return watchInbox(this.config.imap, onChange);
  }

  async perform(operation: ChannelOperation): Promise<PerformResult> {
    try {
      return await this.performOrThrow(operation);
    } catch (error) {
      if (error instanceof ChannelError) return failureOf(error);
      throw error;
    }
  }

  async verify(): Promise<VerifyResult> {
    const { imap, smtp } = this.config;
    try {
      const client = await connectImap(imap, { verifyOnly: true });
      client.close();
      await verifySmtp(smtp);
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
    return { ok: true, detail: `Connected to ${imap.user} on ${imap.host} (IMAP) and ${smtp.host} (SMTP).` };
  }

  private performOrThrow(operation: ChannelOperation): Promise<PerformResult> {
    const removedFolder = this.config.removedFolder ?? 'Removed';
    switch (operation.operation) {
      case 'move-to-folder':
        return moveMessage(
          this.config.imap,
          messageIdOf(operation, operation.payload.externalId),
          'INBOX',
          removedFolder,
        );
      case 'move-back':
        return moveMessage(
          this.config.imap,
          messageIdOf(operation, operation.payload.externalId),
          removedFolder,
          'INBOX',
        );
      // A forward to a councillor or agency is a new email (no threading headers) with a copy in Sent.
      case 'reply':
      case 'forward':
        return sendReply(this.config, operation.payload, operation.idempotencyKey);
      case 'send-file':
        return sendFile(this.config, operation.payload, operation.idempotencyKey);
      case 'hide':
      case 'unhide':
      case 'delete':
      case 'trash':
      case 'untrash':
      case 'spam':
      case 'unspam':
      case 'post-notice':
      case 'delete-notice':
      case 'block':
      case 'unblock':
      case 'mute':
      case 'unmute':
        throw new ChannelError(
          'rejected',
          `Email accounts cannot ${operation.operation}: an email can only be moved to the Removed folder, moved back, answered or forwarded.`,
        );
      default:
        return unhandledOperation(operation);
    }
  }
}

/** The email's Message-ID, from the payload ({ externalId }) or the item the operation is about. */
function messageIdOf(operation: ChannelOperation, fromPayload: string): string {
  const id = fromPayload || operation.itemExternalId;
  if (!id)
    throw new ChannelError('rejected', `The email ${operation.operation} has no Message-ID to find the email by.`);
  return id;
}

function messageOf(error: unknown): string {
  if (error instanceof ChannelError) return error.message;
  throw error;
}
