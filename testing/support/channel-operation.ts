// An operation for a connector test, checked by the same schemas as a stored one: a test cannot ask for a shape
// the console never queues.
import { parseChannelRequest, type ChannelOperation } from '../../electron/channels/channel-operations';

export function channelOperation(
  name: string,
  payload: Record<string, unknown>,
  idempotencyKey: string,
  itemExternalId: string | null = typeof payload.externalId === 'string' ? payload.externalId : null,
): ChannelOperation {
  const parsed = parseChannelRequest(name, payload);
  if (!parsed.ok) throw new Error(`Test operation ${name}: ${parsed.message}`);
  return { ...parsed.request, itemExternalId, idempotencyKey };
}
