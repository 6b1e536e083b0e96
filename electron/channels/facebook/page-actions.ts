// What the console asks of a Facebook Page (hide, delete, reply, notices, blocks), each done at most once.
import { z } from 'zod';
import { channelOperationNames } from '../../api/capabilities';
import { messagingTypeFor, messengerWindow, messengerWindowWords } from '../../core/messenger-window';
import { ChannelError, failureOf } from '../channel-error';
import { unhandledOperation } from '../channel-operations';
import type { ChannelOperation, PerformResult } from '../connector';
import { graphPath, type GraphClient } from './graph-client';
import { GraphRefusal, graphCodes } from './graph-errors';

const id = z.string().min(1);
const payloads = {
  item: z.object({ externalId: id }),
  notice: z.object({ inReplyTo: id, text: z.string().trim().min(1) }),
  deleteNotice: z.object({ reference: id }),
  reply: z.object({ externalId: id, form: z.string(), to: z.string().nullish(), text: z.string().trim().min(1) }),
  user: z.object({ userId: id }),
};
const answers = {
  success: z.object({ success: z.boolean() }),
  created: z.object({ id }),
  sent: z.object({ message_id: id }),
  blocked: z.record(z.string(), z.boolean()),
  sender: z.object({ from: z.object({ id }) }),
  comments: z.array(z.object({ id, message: z.string().optional(), from: z.object({ id }).optional() })),
  conversations: z.object({
    data: z.array(
      z.object({
        messages: z
          .object({ data: z.array(z.unknown()), paging: z.object({ next: z.string().optional() }).optional() })
          .optional(),
      }),
    ),
  }),
  message: z.object({
    id,
    message: z.string().optional(),
    from: z.object({ id }),
    created_time: z.string().refine((value) => !Number.isNaN(Date.parse(value))),
  }),
};
const rememberedKeys = 500;

function understood<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ChannelError('unexpected', `Facebook answered ${what} with something the console does not understand.`);
  return parsed.data;
}

const sameText = (a: string | undefined, b: string): boolean => (a ?? '').trim() === b.trim();

export class PageActions {
  /** Keys already done by this connector, so a retry in the same session does not even ask Facebook. */
  private readonly done = new Map<string, string | null>();

  constructor(
    private readonly graph: GraphClient,
    private readonly pageId: string,
    /** The account says the Page's app has Meta's Human Agent permission (App Review). */
    private readonly humanAgent: boolean,
    private readonly now: () => Date,
  ) {}

  async perform(operation: ChannelOperation): Promise<PerformResult> {
    if (this.done.has(operation.idempotencyKey))
      return { ok: true, reference: this.done.get(operation.idempotencyKey) ?? null };
    try {
      const reference = await this.act(operation);
      this.done.set(operation.idempotencyKey, reference);
      if (this.done.size > rememberedKeys) this.done.delete(this.done.keys().next().value ?? '');
      return { ok: true, reference };
    } catch (error) {
      if (error instanceof ChannelError) return failureOf(error);
      throw error;
    }
  }

  private act(operation: ChannelOperation): Promise<string | null> {
    const read = <T>(schema: z.ZodType<T>): T => {
      const parsed = schema.safeParse({ externalId: operation.itemExternalId ?? undefined, ...operation.payload });
      if (parsed.success) return parsed.data;
      const name = channelOperationNames[operation.operation] ?? operation.operation;
      throw new ChannelError(
        'rejected',
        `The request to ${name} on Facebook was incomplete (${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}); nothing was done.`,
      );
    };
    switch (operation.operation) {
      case 'hide':
        return this.setHidden(read(payloads.item).externalId, true);
      case 'unhide':
        return this.setHidden(read(payloads.item).externalId, false);
      case 'delete':
        return this.deleteOnce(read(payloads.item).externalId);
      case 'post-notice': {
        const notice = read(payloads.notice);
        return this.commentOnce(notice.inReplyTo, notice.text);
      }
      case 'delete-notice':
        return this.deleteOnce(read(payloads.deleteNotice).reference);
      case 'reply':
        return this.reply(read(payloads.reply));
      case 'block':
        return this.block(read(payloads.user).userId);
      case 'unblock':
        return this.unblock(read(payloads.user).userId);
      case 'trash':
      case 'untrash':
      case 'spam':
      case 'unspam':
      case 'move-to-folder':
      case 'move-back':
      case 'mute':
      case 'unmute':
      case 'forward':
      case 'send-file': {
        const name = channelOperationNames[operation.operation] ?? operation.operation;
        return Promise.reject(
          new ChannelError('rejected', `A Facebook Page cannot ${name}; nothing was done on Facebook.`),
        );
      }
      default:
        return unhandledOperation(operation);
    }
  }

  /** POST /{comment-id} is_hidden: hiding twice is harmless. https://developers.facebook.com/docs/graph-api/reference/comment/ */
  private async setHidden(commentId: string, hidden: boolean): Promise<string> {
    const answer = understood(
      answers.success,
      await this.graph.post(graphPath(commentId), { is_hidden: String(hidden) }),
      'a hide request',
    );
    if (!answer.success)
      throw new ChannelError('rejected', `Facebook did not ${hidden ? 'hide' : 'unhide'} comment ${commentId}.`);
    return commentId;
  }

  /** DELETE /{object-id}; an object that no longer exists was deleted by an earlier attempt (or by hand). */
  private async deleteOnce(objectId: string): Promise<string> {
    try {
      const answer = understood(answers.success, await this.graph.delete(graphPath(objectId)), 'a delete request');
      if (!answer.success) throw new ChannelError('rejected', `Facebook did not delete ${objectId}.`);
    } catch (error) {
      const gone =
        error instanceof GraphRefusal &&
        error.code === graphCodes.invalidParameter &&
        error.subcode === graphCodes.objectMissingSubcode;
      if (!gone) throw error;
    }
    return objectId;
  }

  /**
   * POST /{object-id}/comments, unless the Page already said exactly this there: a retry after a lost answer
   * finds the first attempt's comment instead of posting a second.
   */
  private async commentOnce(objectId: string, text: string): Promise<string> {
    const ownWords = (page: unknown[]) =>
      understood(answers.comments, page, 'a list of comments').find(
        (comment) => comment.from?.id === this.pageId && sameText(comment.message, text),
      );
    const comments = await this.graph.listAll(
      graphPath(objectId, 'comments'),
      { fields: 'id,message,from{id}', limit: '100' },
      (page) => !ownWords(page),
    );
    const earlier = ownWords(comments);
    if (earlier) return earlier.id;
    return understood(
      answers.created,
      await this.graph.post(graphPath(objectId, 'comments'), { message: text }),
      'a new comment',
    ).id;
  }

  private reply(request: z.infer<typeof payloads.reply>): Promise<string | null> {
    switch (request.form) {
      case 'public-reply':
        return this.commentOnce(request.externalId, request.text);
      case 'private-reply':
        return this.privateReply(request.externalId, request.text);
      case 'direct-message':
        return this.directMessage(request.to ?? null, request.externalId, request.text);
      default:
        return Promise.reject(
          new ChannelError('rejected', `Facebook cannot send a reply by ${request.form}; nothing was sent.`),
        );
    }
  }

  /**
   * Private Replies: Send API with recipient.comment_id, one message per comment within 7 days. Facebook
   * refusing a second one means the first got through.
   * https://developers.facebook.com/docs/messenger-platform/discovery/private-replies
   */
  private async privateReply(commentId: string, text: string): Promise<string | null> {
    try {
      const sent = await this.graph.postJson(graphPath(this.pageId, 'messages'), {
        recipient: { comment_id: commentId },
        message: { text },
      });
      return understood(answers.sent, sent, 'a private reply').message_id;
    } catch (error) {
      if (error instanceof GraphRefusal && error.code === graphCodes.alreadyRepliedPrivately) return null;
      throw error;
    }
  }

  /**
   * Send API. Before sending, the conversation is read: if the Page's latest words since the person last
   * wrote are this very text, it was already sent; and the person's last message says which window applies:
   * messaging_type RESPONSE within 24 hours, MESSAGE_TAG + HUMAN_AGENT up to 7 days when the account has the
   * Human Agent permission, otherwise nothing is sent (core/messenger-window cites Meta's pages).
   * https://developers.facebook.com/docs/messenger-platform/reference/send-api/
   */
  private async directMessage(to: string | null, messageId: string, text: string): Promise<string> {
    const recipient =
      to ??
      understood(answers.sender, await this.graph.get(graphPath(messageId), { fields: 'from' }), 'a message lookup')
        .from.id;
    if (recipient === this.pageId)
      throw new ChannelError('rejected', "That Messenger message is the Page's own; there is nobody to answer.");
    const messages = await this.conversationWith(recipient);
    for (const message of messages) {
      if (message.from.id !== this.pageId) break;
      if (sameText(message.message, text)) return message.id;
    }
    const last = messages.find((message) => message.from.id !== this.pageId);
    const window = messengerWindow(last ? new Date(last.created_time) : null, this.now(), this.humanAgent);
    const type = messagingTypeFor(window);
    if (!type)
      throw new ChannelError(
        'rejected',
        `${messengerWindowWords(window).why ?? 'Messenger is closed for this conversation.'} Nothing was sent.`,
      );
    try {
      const sent = await this.graph.postJson(graphPath(this.pageId, 'messages'), {
        recipient: { id: recipient },
        ...type,
        message: { text },
      });
      return understood(answers.sent, sent, 'a Messenger message').message_id;
    } catch (error) {
      // Refused as a permission (not as the window): the app was not granted Human Agent after all.
      const tagRefused =
        type.messaging_type === 'MESSAGE_TAG' && error instanceof GraphRefusal && error.kind === 'permission';
      if (!tagRefused) throw error;
      throw new ChannelError(
        'permission',
        "Facebook refused the Human Agent reply: the Page's app does not have the Human Agent permission. Untick it in the Facebook account under Settings → Channels until Meta grants it in App Review; nothing was sent.",
      );
    }
  }

  /** The conversation with this person, newest first, as far back as their last message (or 5 pages). */
  private async conversationWith(personId: string): Promise<z.infer<typeof answers.message>[]> {
    const conversations = understood(
      answers.conversations,
      await this.graph.get(graphPath(this.pageId, 'conversations'), {
        platform: 'messenger',
        user_id: personId,
        fields: 'messages.limit(20){id,message,from,created_time}',
      }),
      'a conversation lookup',
    );
    const nested = conversations.data[0]?.messages;
    if (!nested) return [];
    const fromPerson = (page: unknown[]) =>
      page.some((raw) => answers.message.safeParse(raw).data?.from.id === personId);
    const raw = fromPerson(nested.data)
      ? nested.data
      : [...nested.data, ...(await this.graph.listRest(nested, (page) => !fromPerson(page)))];
    return raw.slice(0, 100).map((entry) => understood(answers.message, entry, 'a Messenger message'));
  }

  /** POST /{page-id}/blocked user=…; blocking twice is harmless. https://developers.facebook.com/docs/graph-api/reference/page/blocked/ */
  private async block(userId: string): Promise<string> {
    this.refuseUnknown(userId);
    const answer = understood(
      answers.blocked,
      await this.graph.post(graphPath(this.pageId, 'blocked'), { user: userId }),
      'a block request',
    );
    if (answer[userId] !== true)
      throw new ChannelError('rejected', `Facebook did not block user ${userId} from the Page.`);
    return userId;
  }

  private async unblock(userId: string): Promise<string> {
    this.refuseUnknown(userId);
    const answer = understood(
      answers.success,
      await this.graph.delete(graphPath(this.pageId, 'blocked'), { user: userId }),
      'an unblock request',
    );
    if (!answer.success) throw new ChannelError('rejected', `Facebook did not unblock user ${userId} on the Page.`);
    return userId;
  }

  private refuseUnknown(userId: string): void {
    if (userId.startsWith('unknown:')) {
      throw new ChannelError(
        'rejected',
        'Facebook did not say who wrote this, so the console cannot block them; block them from the Page on Facebook itself.',
      );
    }
  }
}
