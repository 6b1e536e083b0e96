// The demo channel: a real connector whose "platform" is a sample file, for trying the console and for tests.
import type { Channel } from '../../api/domain';
import type { IncomingItem } from '../../core/incoming-item';
import { channelCapabilities } from '../capabilities';
import type { ChannelOperation, Connector, PerformResult, PollResult, VerifyResult } from '../connector';

const pageSize = 50;

export class DemoConnector implements Connector {
  readonly connector = 'demo';
  readonly capabilities;
  /** What the pretend platform has been asked to do, once per idempotency key. */
  readonly performed = new Map<string, ChannelOperation>();
  private readonly items: readonly IncomingItem[];

  constructor(
    readonly channel: Channel,
    sampleItems: readonly IncomingItem[],
    /** Identifies the sample; a cursor from another sample starts again from the beginning. */
    private readonly fingerprint: string,
  ) {
    this.capabilities = channelCapabilities[channel];
    this.items = sampleItems.filter((item) => item.channel === channel);
  }

  poll(cursor: string | null): Promise<PollResult> {
    const offset = this.offsetFrom(cursor);
    const items = this.items.slice(offset, offset + pageSize);
    const next = offset + items.length;
    return Promise.resolve({
      items,
      nextCursor: `${this.fingerprint}:${next}`,
      rejected: [],
      more: next < this.items.length,
    });
  }

  perform(operation: ChannelOperation): Promise<PerformResult> {
    if (!this.performed.has(operation.idempotencyKey)) this.performed.set(operation.idempotencyKey, operation);
    return Promise.resolve({ ok: true, reference: `demo:${operation.idempotencyKey}` });
  }

  verify(): Promise<VerifyResult> {
    return Promise.resolve({
      ok: true,
      detail: `Demo ${this.channel} channel with ${this.items.length} sample items.`,
    });
  }

  private offsetFrom(cursor: string | null): number {
    if (!cursor) return 0;
    const separator = cursor.lastIndexOf(':');
    if (cursor.slice(0, separator) !== this.fingerprint) return 0;
    const offset = Number(cursor.slice(separator + 1));
    return Number.isInteger(offset) && offset >= 0 ? offset : 0;
  }
}
