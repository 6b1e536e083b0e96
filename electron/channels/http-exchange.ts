// One HTTP request to a channel's API with a time limit, its answer read as JSON, and no answer as the connector's ChannelError.
import type { ChannelError } from './channel-error';

/** How long a channel's API may take, answer and body included, before the console gives up on the request. */
const defaultTimeoutMs = 30_000;

export interface HttpRequest {
  method: string;
  url: URL;
  /** Sent as they are: each connector chooses its sign-in, Accept and Content-Type headers. */
  headers: Record<string, string>;
  /** Already encoded (a form or JSON text); none when null or undefined. */
  body?: string | null;
  /** The global fetch when absent, looked up at each request. */
  fetch?: typeof fetch;
  /** The connector's own ChannelError for a request that got no answer (host not found, refused, timeout, TLS). */
  failure: (error: unknown) => ChannelError;
  /** What an empty or whitespace-only body reads as: undefined (as for text that is not JSON) unless the caller says null. */
  blankBodyAs?: null;
  timeoutMs?: number;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /**
   * The body parsed as JSON, whatever the status; undefined when it is not JSON (an HTML error page, say), and
   * for an empty or whitespace-only body `blankBodyAs` (undefined by default).
   */
  body: unknown;
}

/** Any HTTP answer, a refusal included; throws only what `failure` makes of a request that got no answer. */
export async function httpExchange(request: HttpRequest): Promise<HttpAnswer> {
  const response = await answerOf(request);
  const text = await textOf(response, request);
  return { status: response.status, headers: response.headers, body: parseJson(text, request.blankBodyAs) };
}

async function answerOf(request: HttpRequest): Promise<Response> {
  try {
    return await (request.fetch ?? fetch)(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(request.timeoutMs ?? defaultTimeoutMs),
    });
  } catch (error) {
    throw request.failure(error);
  }
}

/** A body that breaks off while it is read (connection cut, time limit) is a failed request too. */
async function textOf(response: Response, request: HttpRequest): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw request.failure(error);
  }
}

function parseJson(text: string, blankBodyAs: null | undefined): unknown {
  if (text.trim() === '') return blankBodyAs;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
