// The Facebook Page channel: polls posts, comments and Messenger through the Graph API and acts on them.
import { z } from 'zod';
import type { IncomingItem } from '../../core/incoming-item';
import { channelCapabilities } from '../capabilities';
import { ChannelError } from '../channel-error';
import type { ChannelOperation, Connector, PerformResult, PollResult, VerifyResult } from '../connector';
import { GraphClient, graphPath } from './graph-client';
import { GraphRefusal, graphCodes } from './graph-errors';
import type { SetAside } from './graph-payloads';
import { PageActions } from './page-actions';
import { readPageSince } from './page-reading';
import { newRejections, readCursor, readFrom, selectNew, writeCursor } from './poll-cursor';

export interface FacebookConfig {
  /** The Graph API root with its version, e.g. https://graph.facebook.com/v27.0 (a fake server in tests). */
  baseUrl: string;
  pageId: string;
  /** A Page access token; sent in the Authorization header, never in a URL or a message. */
  accessToken: string;
  fetch?: typeof fetch;
  /** The clock, for tests; the first sync looks back 30 days from it. */
  now?: () => Date;
  /** The Page's app has Meta's Human Agent permission: Messenger replies may go up to 7 days late. */
  humanAgent?: boolean;
}

const pageSchema = z.object({ id: z.string(), name: z.string() });

export class FacebookConnector implements Connector {
  readonly connector = 'facebook';
  readonly channel = 'facebook' as const;
  readonly capabilities = channelCapabilities.facebook;
  private readonly graph: GraphClient;
  private readonly actions: PageActions;
  private readonly pageId: string;
  private readonly now: () => Date;

  constructor(config: FacebookConfig) {
    this.graph = new GraphClient(config.baseUrl, config.accessToken, config.fetch ?? globalThis.fetch);
    this.pageId = config.pageId;
    this.now = config.now ?? (() => new Date());
    this.actions = new PageActions(this.graph, config.pageId, config.humanAgent === true, this.now);
  }

  async poll(cursor: string | null): Promise<PollResult> {
    const previous = readCursor(cursor);
    const now = this.now();
    const readings = await readPageSince(this.graph, this.pageId, readFrom(previous, now), now);
    const items: IncomingItem[] = [];
    const rejections: SetAside[] = [];
    for (const reading of readings) {
      if (reading.ok) items.push(reading.item);
      else rejections.push(reading);
    }
    const selection = selectNew(items, previous, now);
    const { fresh, next } = newRejections(rejections, selection.next);
    return {
      items: selection.items,
      nextCursor: writeCursor(next),
      rejected: fresh.map((entry) => entry.rejected),
      more: selection.more,
    };
  }

  perform(operation: ChannelOperation): Promise<PerformResult> {
    return this.actions.perform(operation);
  }

  /** GET /{page-id}?fields=id,name: a cheap call that needs a working token. */
  async verify(): Promise<VerifyResult> {
    try {
      const page = pageSchema.safeParse(await this.graph.get(graphPath(this.pageId), { fields: 'id,name' }));
      if (!page.success)
        return {
          ok: false,
          message: 'Facebook answered with something the console does not understand; check the Graph API address.',
        };
      return { ok: true, detail: `Connected to the Facebook Page ${page.data.name}.` };
    } catch (error) {
      if (error instanceof GraphRefusal && error.code === graphCodes.invalidParameter) {
        return {
          ok: false,
          message: `Facebook has no Page ${this.pageId} that this token can see; check the Page ID under Settings.`,
        };
      }
      if (error instanceof ChannelError) return { ok: false, message: error.message };
      throw error;
    }
  }
}
