// What the console asks X to do (hide, reply, notices, mute), each safe to retry with the same idempotency key.
import { z } from 'zod';
import { channelOperationNames } from '../../api/capabilities';
import { ChannelError, failureOf } from '../channel-error';
import { unhandledOperation } from '../channel-operations';
import type { ChannelOperation, PerformResult } from '../connector';
import type { XClient } from './x-client';
import { isDuplicateContent } from './x-errors';
import { issuesText, plainTweetText, snowflake } from './x-payloads';

const done = (reference: string | null): PerformResult => ({ ok: true, reference });
const refused = (message: string): PerformResult => failureOf(new ChannelError('rejected', message));

const tweetPayload = z.object({ externalId: snowflake });
const replyPayload = z.object({
  externalId: z.string().nullish(),
  form: z.string(),
  to: z.string().nullish(),
  text: z.string().min(1),
});
const noticePayload = z.object({ inReplyTo: snowflake, text: z.string().min(1) });
const noticeReference = z.object({ reference: snowflake });
const userPayload = z.object({ userId: snowflake });

/** A DM with the same text sent this recently, with nothing from the person since, is taken as this one. */
const dmRetryWindowMs = 24 * 3_600_000;

export class XActions {
  constructor(
    private readonly client: XClient,
    private readonly accountId: string,
  ) {}

  async perform(operation: ChannelOperation): Promise<PerformResult> {
    const payload = { externalId: operation.itemExternalId ?? undefined, ...operation.payload };
    try {
      switch (operation.operation) {
        case 'hide':
        case 'unhide': {
          const { externalId } = payloadOf(tweetPayload, payload, operation.operation);
          return await this.setHidden(externalId, operation.operation === 'hide');
        }
        case 'post-notice': {
          const notice = payloadOf(noticePayload, payload, 'post-notice');
          return await this.postReply(notice.inReplyTo, notice.text, 'post the removal notice');
        }
        case 'delete-notice':
          return await this.deleteNotice(payloadOf(noticeReference, payload, 'delete-notice').reference);
        case 'reply':
          return await this.reply(payloadOf(replyPayload, payload, 'reply'));
        case 'mute':
          return await this.mute(payloadOf(userPayload, payload, 'mute').userId);
        case 'unmute':
          return await this.unmute(payloadOf(userPayload, payload, 'unmute').userId);
        case 'block':
        case 'unblock':
          return refused('X no longer lets apps block or unblock accounts; mute the person instead.');
        case 'delete':
          return refused(
            'X lets the council delete only its own posts; hide the reply instead (only its author can delete it).',
          );
        case 'trash':
        case 'untrash':
        case 'spam':
        case 'unspam':
        case 'move-to-folder':
        case 'move-back':
        case 'forward':
        case 'send-file':
          return refused(
            `"${channelOperationNames[operation.operation] ?? operation.operation}" is not available for X accounts.`,
          );
        default:
          return unhandledOperation(operation);
      }
    } catch (error) {
      if (error instanceof ChannelError) return failureOf(error);
      throw error;
    }
  }

  /** PUT /2/tweets/:id/hidden; hiding a hidden reply again succeeds, so a retry is harmless. https://docs.x.com/x-api/posts/hide-replies/quickstart */
  private async setHidden(tweetId: string, hidden: boolean): Promise<PerformResult> {
    await this.client.call('PUT', `/2/tweets/${tweetId}/hidden`, hidden ? 'hide the reply' : 'unhide the reply', {
      body: { hidden },
    });
    return done(null);
  }

  private async reply(reply: z.infer<typeof replyPayload>): Promise<PerformResult> {
    if (reply.form === 'public-reply') {
      const parent = snowflake.safeParse(reply.externalId);
      if (!parent.success) return refused('The public reply has no X post to answer; the item may not come from X.');
      return this.postReply(parent.data, reply.text, 'post the reply');
    }
    if (reply.form !== 'direct-message')
      return refused(`X has no "${reply.form}" replies; use a public reply or a direct message.`);
    const to = snowflake.safeParse(reply.to);
    if (!to.success) return refused('The direct message has no X user id to go to; the item may not come from X.');
    return this.sendDirectMessage(to.data, reply.text);
  }

  /**
   * POST /2/tweets in reply. X refuses a text the account posted recently with 403 "duplicate content";
   * that is how a retry is caught. The earlier post is then found under the same parent for its id.
   * https://docs.x.com/x-api/posts/manage-tweets/introduction
   */
  private async postReply(inReplyTo: string, text: string, action: string): Promise<PerformResult> {
    const answer = await this.client.send('POST', '/2/tweets', {
      body: { text, reply: { in_reply_to_tweet_id: inReplyTo } },
    });
    if (answer.status === 201 || answer.status === 200) {
      const id = z.object({ data: z.object({ id: snowflake }) }).safeParse(answer.body);
      if (!id.success)
        throw new ChannelError('unexpected', `X accepted the post but did not say its id (${issuesText(id.error)}).`);
      return done(id.data.data.id);
    }
    if (!isDuplicateContent(answer.status, answer.body)) throw this.client.refusal(answer, action);
    const earlier = await this.findEarlierReply(inReplyTo, text);
    if (earlier) return done(earlier);
    return refused(
      `X refused to ${action}: the council's account posted the same text recently elsewhere, and X does not allow duplicates. Change the wording slightly and send it again.`,
    );
  }

  /** The council's recent posts (GET /2/users/:id/tweets), looking for this text under this parent. */
  private async findEarlierReply(inReplyTo: string, text: string): Promise<string | null> {
    const body = await this.client.call(
      'GET',
      `/2/users/${this.accountId}/tweets`,
      "look for the council's earlier reply",
      {
        query: { max_results: '100', exclude: 'retweets', 'tweet.fields': 'referenced_tweets' },
      },
    );
    const timeline = z.object({ data: z.array(z.unknown()).optional() }).safeParse(body);
    const tweetSchema = z.object({
      id: snowflake,
      text: z.string(),
      referenced_tweets: z.array(z.object({ type: z.string(), id: z.string() })).optional(),
    });
    for (const raw of timeline.success ? (timeline.data.data ?? []) : []) {
      const tweet = tweetSchema.safeParse(raw);
      if (!tweet.success) continue;
      const underParent = tweet.data.referenced_tweets?.some(
        (reference) => reference.type === 'replied_to' && reference.id === inReplyTo,
      );
      if (underParent && sameText(plainTweetText(tweet.data.text), text)) return tweet.data.id;
    }
    return null;
  }

  /** DELETE /2/tweets/:id; a notice already gone (404) counts as deleted. */
  private async deleteNotice(tweetId: string): Promise<PerformResult> {
    const answer = await this.client.send('DELETE', `/2/tweets/${tweetId}`);
    if (answer.status === 404) return done(tweetId);
    if (answer.status !== 200) throw this.client.refusal(answer, 'delete the removal notice');
    const deleted = z.object({ data: z.object({ deleted: z.boolean() }) }).safeParse(answer.body);
    if (!deleted.success)
      throw new ChannelError('unexpected', 'X answered the deletion of the removal notice in an unknown shape.');
    return deleted.data.data.deleted
      ? done(tweetId)
      : refused('X did not delete the removal notice; delete it on X by hand.');
  }

  /**
   * POST /2/dm_conversations/with/:participant_id/messages. X does not refuse a repeated DM, so the
   * conversation's latest events are read first (GET …/dm_events) and a same-text message kept as sent.
   * https://docs.x.com/x-api/direct-messages/manage/introduction
   */
  private async sendDirectMessage(participantId: string, text: string): Promise<PerformResult> {
    const earlier = await this.findEarlierMessage(participantId, text);
    if (earlier) return done(earlier);
    const body = await this.client.call(
      'POST',
      `/2/dm_conversations/with/${participantId}/messages`,
      'send the direct message',
      { body: { text } },
    );
    const sent = z.object({ data: z.object({ dm_event_id: z.string() }) }).safeParse(body);
    if (!sent.success)
      throw new ChannelError(
        'unexpected',
        `X accepted the direct message but did not say its id (${issuesText(sent.error)}).`,
      );
    return done(sent.data.data.dm_event_id);
  }

  private async findEarlierMessage(participantId: string, text: string): Promise<string | null> {
    const answer = await this.client.send('GET', `/2/dm_conversations/with/${participantId}/dm_events`, {
      query: {
        'dm_event.fields': 'id,text,created_at,sender_id,event_type',
        event_types: 'MessageCreate',
        max_results: '20',
      },
    });
    // No conversation yet (400/404) means nothing was sent; sign-in, permission and limits still stop here.
    if ([401, 403, 429].includes(answer.status) || answer.status >= 500)
      throw this.client.refusal(answer, 'read the direct message conversation');
    if (answer.status !== 200) return null;
    const events = z.object({ data: z.array(z.unknown()).optional() }).safeParse(answer.body);
    const eventSchema = z.object({ id: z.string(), text: z.string(), sender_id: z.string(), created_at: z.string() });
    const since = this.client.now().getTime() - dmRetryWindowMs;
    for (const raw of events.success ? (events.data.data ?? []) : []) {
      const event = eventSchema.safeParse(raw);
      if (!event.success) continue;
      // Newest first: once the person has written, anything older is an earlier exchange, not this send.
      if (event.data.sender_id !== this.accountId) return null;
      if (Date.parse(event.data.created_at) >= since && sameText(event.data.text, text)) return event.data.id;
    }
    return null;
  }

  /** POST /2/users/:id/muting; muting again is harmless. https://docs.x.com/x-api/users/mutes/quickstart/manage-mutes-quickstart */
  private async mute(userId: string): Promise<PerformResult> {
    await this.client.call('POST', `/2/users/${this.accountId}/muting`, 'mute the account', {
      body: { target_user_id: userId },
    });
    return done(null);
  }

  private async unmute(userId: string): Promise<PerformResult> {
    await this.client.call('DELETE', `/2/users/${this.accountId}/muting/${userId}`, 'unmute the account');
    return done(null);
  }
}

function payloadOf<T>(schema: z.ZodType<T>, payload: unknown, operation: string): T {
  const parsed = schema.safeParse(payload);
  if (!parsed.success)
    throw new ChannelError(
      'rejected',
      `The ${operation} for X is missing what it needs (${issuesText(parsed.error)}).`,
    );
  return parsed.data;
}

/** X prefixes replies with @handles and wraps links in t.co; compare what the council wrote. */
function sameText(posted: string, intended: string): boolean {
  const normal = (text: string) =>
    text
      .replace(/^(@\w+\s+)+/, '')
      .replace(/https?:\/\/\S+/g, 'URL')
      .replace(/\s+/g, ' ')
      .trim();
  return normal(posted) === normal(intended);
}
