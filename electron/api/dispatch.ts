// The one path from a transport (IPC or HTTP) to a handler: method check, input parsing, envelope.
import type { Envelope } from './envelope';
import { fail } from './envelope';
import { contract, isMethodName, type MethodName, type MethodOutput, type ParsedInput } from './contract';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
) => Envelope<MethodOutput<M>> | Promise<Envelope<MethodOutput<M>>>;

export type HandlerMap = { [M in MethodName]: Handler<M> };

export type InternalErrorReporter = (method: string, error: unknown) => void;

export async function dispatch(
  handlers: HandlerMap,
  method: string,
  rawInput: unknown,
  reportInternalError: InternalErrorReporter,
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) return fail('unknown_method', `There is no method called "${method}".`);
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const first = details[0];
    const where = first && first.path ? ` (${first.path}: ${first.message})` : first ? ` (${first.message})` : '';
    return fail('invalid_input', `The request to ${method} was not valid${where}.`, details);
  }
  try {
    const handler = handlers[method] as (input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;
    return await handler(parsed.data);
  } catch (error) {
    reportInternalError(method, error);
    return fail('internal', 'Something went wrong inside the console. The problem has been logged; please try again.');
  }
}
