// THE contract: every method the renderer may call, its input schema and its output type.
import { z } from 'zod';
import { channelSchema, itemStatusSchema, type Channel, type ItemDetail, type QueueItem } from './domain';

const itemId = z.number().int().positive();

export const queueListInput = z.strictObject({
  status: z.union([itemStatusSchema, z.literal('all')]).default('new'),
  channel: channelSchema.optional(),
  search: z.string().trim().max(200).optional(),
  limit: z.number().int().min(1).max(500).default(100),
  cursor: z.string().max(200).optional(),
});

export const queueCountsInput = queueListInput.pick({ status: true, search: true });

export interface QueuePage {
  items: QueueItem[];
  /** Every item matching the filters, not just this page. */
  total: number;
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface QueueCounts {
  total: number;
  byChannel: Record<Channel, number>;
}

export interface AppInfo {
  councilName: string;
  mode: 'desktop' | 'browser';
  version: string;
  dataDir: string;
  accounts: { id: number; name: string; channel: Channel; connector: string }[];
}

export const contract = {
  'app:info': { input: z.strictObject({}), output: {} as AppInfo },
  'queue:list': { input: queueListInput, output: {} as QueuePage },
  'queue:counts': { input: queueCountsInput, output: {} as QueueCounts },
  'item:get': { input: z.strictObject({ id: itemId }), output: {} as ItemDetail },
  'item:markHandled': {
    input: z.strictObject({ id: itemId }),
    output: {} as ItemDetail,
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
