// The X (Twitter) channel: the council's mentions and direct messages in, moderation actions out, over X API v2.
import { z } from 'zod';
import { channelCapabilities } from '../capabilities';
import { ChannelError } from '../channel-error';
import type { ChannelOperation, Connector, PerformResult, PollResult, VerifyResult } from '../connector';
import { XActions } from './x-actions';
import { XClient, type XConnectorConfig } from './x-client';
import { pollX } from './x-poll';

export type { XConnectorConfig } from './x-client';

const meSchema = z.object({ data: z.object({ id: z.string(), username: z.string(), name: z.string().optional() }) });

export class XConnector implements Connector {
  readonly connector = 'x';
  readonly channel = 'x' as const;
  readonly capabilities = channelCapabilities.x;
  private readonly client: XClient;
  private readonly actions: XActions;

  constructor(private readonly config: XConnectorConfig) {
    this.client = new XClient(config);
    this.actions = new XActions(this.client, config.accountId);
  }

  poll(cursor: string | null): Promise<PollResult> {
    return pollX(this.client, this.config.accountId, cursor);
  }

  perform(operation: ChannelOperation): Promise<PerformResult> {
    return this.actions.perform(operation);
  }

  /** GET /2/users/me: the cheapest call that proves the token, and whose account it is. */
  async verify(): Promise<VerifyResult> {
    try {
      const body = await this.client.call('GET', '/2/users/me', "check the council's X sign-in", {
        query: { 'user.fields': 'username,name' },
      });
      const me = meSchema.safeParse(body);
      if (!me.success)
        return { ok: false, message: 'X answered the sign-in check in an unknown shape; try again later.' };
      const { id, username } = me.data.data;
      if (id !== this.config.accountId) {
        return {
          ok: false,
          message: `The X sign-in belongs to @${username}, not to the council's account (user id ${this.config.accountId}). Reconnect the X account signed in as the council.`,
        };
      }
      return { ok: true, detail: `Connected to X as @${username}.` };
    } catch (error) {
      if (error instanceof ChannelError) return { ok: false, message: error.message };
      throw error;
    }
  }
}
