// The website channel: comments on the council's WordPress site, through its REST API with an application password.
import { z } from 'zod';
import { channelOperationNames } from '../../api/capabilities';
import { channelCapabilities } from '../capabilities';
import { ChannelError, failureOf } from '../channel-error';
import { unhandledOperation } from '../channel-operations';
import type { ChannelOperation, Connector, PerformResult, PollResult, VerifyResult } from '../connector';
import {
  afterFor,
  positionFrom,
  readCommentPage,
  utcOf,
  wordPressDate,
  type CommentPosition,
} from './wordpress-comment';
import { WordPressSite, type WordPressConfig } from './wordpress-http';
import { CommentModeration, commentIdOf, commentsPath } from './wordpress-moderation';
import { moderatedComments } from './wordpress-status';

export type { WordPressConfig } from './wordpress-http';

const pageSize = 100;
const firstSyncDays = 30;
const firstSyncLimit = 500;
const dayMs = 24 * 60 * 60 * 1000;

const councilUserSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  // Only with context=edit; WordPress lists every capability of the user's role.
  capabilities: z.record(z.string(), z.boolean()).optional(),
});
type CouncilUser = z.infer<typeof councilUserSchema>;

const dateOnlySchema = z.array(z.object({ date_gmt: wordPressDate }));

export class WordPressConnector implements Connector {
  readonly connector = 'wordpress';
  readonly channel = 'website' as const;
  readonly capabilities = channelCapabilities.website;
  private readonly site: WordPressSite;
  private readonly moderation: CommentModeration;
  private councilUser: CouncilUser | null = null;

  constructor(config: WordPressConfig) {
    this.site = new WordPressSite(config);
    this.moderation = new CommentModeration(this.site, async () => (await this.connectedUser()).id);
  }

  /*
   * One page per poll, oldest first, from where the last one stopped. status=all is WP_Comment_Query's
   * "held or approved" (spam and bin left out) in one date order, so a held comment approved on the site
   * between polls is neither missed nor fetched twice, as it could be with separate hold and approve lists.
   */
  async poll(cursor: string | null): Promise<PollResult> {
    const councilUser = await this.connectedUser();
    const from = positionFrom(cursor) ?? (await this.firstSyncPosition());
    const answer = await this.site.call('GET', commentsPath, {
      query: this.listQuery(from.since, from.page, pageSize),
    });
    if (!Array.isArray(answer.body))
      throw new ChannelError(
        'unexpected',
        `WordPress at ${this.site.host} answered the comment list with something that is not a list.`,
      );
    // https://developer.wordpress.org/rest-api/using-the-rest-api/pagination/ — X-WP-TotalPages counts pages of this query.
    const totalPages = Number(answer.headers.get('x-wp-totalpages') ?? '1') || 1;
    const page = readCommentPage(answer.body, from, totalPages, councilUser.id);
    return {
      items: page.items,
      rejected: page.rejected,
      nextCursor: JSON.stringify(page.next),
      more: totalPages > from.page,
    };
  }

  async perform(operation: ChannelOperation): Promise<PerformResult> {
    try {
      return { ok: true, reference: await this.act(operation) };
    } catch (error) {
      if (error instanceof ChannelError) return failureOf(error);
      throw error;
    }
  }

  async verify(): Promise<VerifyResult> {
    try {
      const user = await this.fetchConnectedUser();
      if (user.capabilities && user.capabilities.moderate_comments !== true) {
        return {
          ok: false,
          message: `The WordPress user ${user.name} cannot moderate comments on ${this.site.host}: give it the Editor or Administrator role.`,
        };
      }
      return { ok: true, detail: `Connected to ${this.site.host} as ${user.name}.` };
    } catch (error) {
      if (error instanceof ChannelError) return { ok: false, message: error.message };
      throw error;
    }
  }

  private act(operation: ChannelOperation): Promise<string | null> {
    switch (operation.operation) {
      case 'trash':
        return this.moderation.trash(commentIdOf(operation.payload.externalId));
      case 'untrash':
        return this.moderation.untrash(commentIdOf(operation.payload.externalId));
      case 'spam':
        return this.moderation.spam(commentIdOf(operation.payload.externalId));
      case 'unspam':
        return this.moderation.unspam(commentIdOf(operation.payload.externalId));
      case 'reply': {
        const { payload } = operation;
        if (payload.form !== 'public-reply')
          throw new ChannelError(
            'rejected',
            'A WordPress comment can only be answered with a public reply on the site.',
          );
        return this.moderation.reply(commentIdOf(payload.externalId ?? operation.itemExternalId), textOf(payload.text));
      }
      case 'post-notice':
        return this.moderation.postNotice(operation.payload.inReplyTo, textOf(operation.payload.text));
      case 'delete-notice':
        return this.moderation.deleteNotice(operation.payload.reference);
      case 'hide':
      case 'unhide':
      case 'delete':
      case 'move-to-folder':
      case 'move-back':
      case 'block':
      case 'unblock':
      case 'mute':
      case 'unmute':
      case 'forward':
      case 'send-file':
        throw new ChannelError(
          'rejected',
          `"${channelOperationNames[operation.operation] ?? operation.operation}" is not something the console can do on a WordPress site.`,
        );
      default:
        return unhandledOperation(operation);
    }
  }

  private async connectedUser(): Promise<CouncilUser> {
    this.councilUser ??= await this.fetchConnectedUser();
    return this.councilUser;
  }

  private async fetchConnectedUser(): Promise<CouncilUser> {
    const { body } = await this.site.call('GET', '/wp-json/wp/v2/users/me', { query: { context: 'edit' } });
    const parsed = councilUserSchema.safeParse(body);
    if (!parsed.success)
      throw new ChannelError(
        'unexpected',
        `WordPress at ${this.site.host} did not say which user the application password belongs to.`,
      );
    return parsed.data;
  }

  /** The last 30 days, or only the newest 500 comments of them when there are more. */
  private async firstSyncPosition(): Promise<CommentPosition> {
    const start = Math.floor((this.site.now().getTime() - firstSyncDays * dayMs) / 1000) * 1000;
    const since = new Date(start).toISOString();
    const probe = await this.site.call('GET', commentsPath, { query: this.listQuery(since, 1, 1) });
    const total = Number(probe.headers.get('x-wp-total') ?? '0');
    if (total <= firstSyncLimit) return { since, seen: [], page: 1 };
    // With one comment per page, page N is the N-th oldest: start at the 500th newest.
    const oldestKept = await this.site.call('GET', commentsPath, {
      query: this.listQuery(since, total - firstSyncLimit + 1, 1),
    });
    const dated = dateOnlySchema.safeParse(oldestKept.body);
    const first = dated.success ? dated.data[0] : undefined;
    return { since: first ? utcOf(first.date_gmt) : since, seen: [], page: 1 };
  }

  private listQuery(since: string, page: number, perPage: number): Record<string, string | number> {
    return {
      context: 'edit',
      status: moderatedComments,
      after: afterFor(since),
      orderby: 'date_gmt',
      order: 'asc',
      per_page: perPage,
      page,
    };
  }
}

function textOf(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ChannelError('rejected', 'There is no text to post on the WordPress site.');
  return value;
}
