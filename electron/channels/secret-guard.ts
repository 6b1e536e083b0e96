// Wraps a connector so that no message it produces can carry one of the account's secrets.
import { ChannelError } from './channel-error';
import type { Connector } from './connector';

export function scrub(message: string, secrets: readonly string[]): string {
  let clean = message;
  for (const secret of secrets) if (secret.length >= 4) clean = clean.split(secret).join('••••');
  return clean;
}

export function guardSecrets(connector: Connector, secrets: readonly string[]): Connector {
  const clean = (message: string) => scrub(message, secrets);
  const rethrow = (error: unknown): never => {
    if (error instanceof ChannelError) throw new ChannelError(error.kind, clean(error.message), error.retryAfterMs);
    throw new Error(clean(error instanceof Error ? error.message : String(error)));
  };
  const guarded: Connector = {
    connector: connector.connector,
    channel: connector.channel,
    capabilities: connector.capabilities,
    poll: async (cursor) => {
      try {
        const result = await connector.poll(cursor);
        return {
          ...result,
          rejected: result.rejected.map((payload) => ({ raw: clean(payload.raw), error: clean(payload.error) })),
        };
      } catch (error) {
        return rethrow(error);
      }
    },
    perform: async (operation) => {
      try {
        const result = await connector.perform(operation);
        return result.ok ? result : { ...result, message: clean(result.message) };
      } catch (error) {
        return rethrow(error);
      }
    },
    verify: async () => {
      try {
        const result = await connector.verify();
        return result.ok ? { ok: true, detail: clean(result.detail) } : { ok: false, message: clean(result.message) };
      } catch (error) {
        return { ok: false, message: clean(error instanceof Error ? error.message : String(error)) };
      }
    },
  };
  if (connector.watch) {
    const watch = connector.watch.bind(connector);
    guarded.watch = (onChange) => watch(onChange).catch(rethrow);
  }
  return guarded;
}
