// What the console asks a channel to do: one zod schema per operation, shared by the code that queues
// an operation (moderation/) and the connectors that carry it out; a stored row is parsed back with them.
import { z } from 'zod';
import type { ReplyForm } from '../api/capabilities';

const replyForms = ['public-reply', 'private-reply', 'direct-message', 'email', 'sms'] as const satisfies ReplyForm[];
/** The outbox entry this one reverses (an undo or a restore); its channel reference is added at delivery. */
const reverses = z.number().int().positive().optional();
const reference = z.string().nullish();

// Shapes only: what each channel accepts inside them (an X snowflake, an email address) its connector checks.
const item = z.object({ externalId: z.string(), reverses, reference });
const user = z.object({ userId: z.string(), reverses, reference });

export const channelOperationSchemas = {
  hide: item,
  unhide: item,
  delete: item,
  trash: item,
  untrash: item,
  spam: item,
  unspam: item,
  'move-to-folder': item,
  'move-back': item,
  'post-notice': z.object({ inReplyTo: z.string(), text: z.string() }),
  /** `reference` is the posted notice's id, taken from the entry it reverses when it is delivered. */
  'delete-notice': z.object({ externalId: z.string().optional(), reverses, reference }),
  reply: z.object({
    externalId: z.string().nullish(),
    form: z.enum(replyForms),
    to: z.string().nullish(),
    text: z.string(),
    subject: z.string().nullish(),
    inReplyTo: z.string().nullish(),
    references: z.union([z.string(), z.array(z.string())]).nullish(),
  }),
  block: user,
  unblock: user,
  mute: user,
  unmute: user,
  /** Email accounts only: a new email to a councillor or agency. */
  forward: z.object({ to: z.string(), toName: z.string(), subject: z.string(), text: z.string() }),
  /**
   * Email accounts only: a new email to one address with one file attached (the subject access export). The file
   * travels in the entry, so what is sent is the file that was made; its bytes are dropped once it is delivered.
   */
  'send-file': z.object({
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    inReplyTo: z.string().nullish(),
    references: z.union([z.string(), z.array(z.string())]).nullish(),
    file: z.object({
      name: z.string(),
      type: z.string(),
      /** Empty once delivered. */
      base64: z.string(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string(),
    }),
  }),
};

export type OperationName = keyof typeof channelOperationSchemas;
export type OperationPayload<K extends OperationName> = z.infer<(typeof channelOperationSchemas)[K]>;

const operationNames = Object.keys(channelOperationSchemas) as [OperationName, ...OperationName[]];
const requestOf = <K extends OperationName>(operation: K) =>
  z.object({ operation: z.literal(operation), payload: channelOperationSchemas[operation] });

/** Every operation with its payload, as stored in the outbox. */
export const channelRequestSchema = z.discriminatedUnion(
  'operation',
  operationNames.map(requestOf) as [ReturnType<typeof requestOf<OperationName>>],
);

/** One operation and its payload: the union of every operation's schema. */
export type ChannelRequest = { [K in OperationName]: { operation: K; payload: OperationPayload<K> } }[OperationName];

/** What a connector is asked to do: the request, the item it is about, and the key that makes a retry harmless. */
export type ChannelOperation = ChannelRequest & { itemExternalId: string | null; idempotencyKey: string };

/** The one way to build an operation to queue: the payload is checked against its operation's type. */
export function channelRequest<K extends OperationName>(operation: K, payload: OperationPayload<K>): ChannelRequest {
  return { operation, payload } as ChannelRequest;
}

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(channelOperationSchemas, name);
}

/**
 * The same key always means the same effect on the channel. One action may queue one operation several
 * times (a block of a person with several accounts, an undo of a rule that hid several copies), told apart
 * by the sender or the entry it reverses.
 */
export function idempotencyKey(actionId: number, operation: OperationName, partId?: number): string {
  return `action-${actionId}-${operation}${partId === undefined ? '' : `-${partId}`}`;
}

export type ParsedRequest = { ok: true; request: ChannelRequest } | { ok: false; message: string };

/** A stored operation read back; one that does not fit its schema is reported, not thrown. */
export function parseChannelRequest(operation: string, payload: unknown): ParsedRequest {
  if (!isOperationName(operation))
    return { ok: false, message: `The console does not know the channel action "${operation}", so it was not sent.` };
  const parsed = channelRequestSchema.safeParse({ operation, payload });
  if (parsed.success) return { ok: true, request: parsed.data as ChannelRequest };
  const problems = parsed.error.issues.map((issue) => issue.path.filter((part) => part !== 'payload').join('.'));
  return {
    ok: false,
    message: `This channel action was saved incomplete (${[...new Set(problems)].join(', ') || 'no details'}), so it was not sent; do it on the channel by hand.`,
  };
}

/** For the `default` of a switch over operations: the compiler proves every operation is handled. */
export function unhandledOperation(operation: never): never {
  throw new Error(`Unhandled channel operation ${JSON.stringify(operation)}`);
}
