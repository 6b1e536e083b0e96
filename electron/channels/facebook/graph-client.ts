// Talks HTTP to the Graph API for one Page: token in a header, JSON answers, paging, errors as ChannelError.
import { hostOf } from '../connection-failure';
import { z } from 'zod';
import { ChannelError } from '../channel-error';
import { errorFromConnection, errorFromResponse } from './graph-errors';
import { httpExchange } from '../http-exchange';

type Params = Record<string, string>;

/**
 * A list answer. `paging.next` is the full address of the next page (cursor- or time-based, as Facebook
 * chooses) and is absent on the last page. https://developers.facebook.com/docs/graph-api/results
 */
const listSchema = z.object({
  data: z.array(z.unknown()),
  paging: z.object({ next: z.string().optional() }).optional(),
});
export type GraphList = z.infer<typeof listSchema>;

function parseList(body: unknown): GraphList {
  const parsed = listSchema.safeParse(body);
  if (!parsed.success)
    throw new ChannelError(
      'unexpected',
      'Facebook answered a list request with something the console does not understand.',
    );
  return parsed.data;
}

/** Joins ids and edge names into a Graph path, each one escaped. */
export function graphPath(...segments: string[]): string {
  return segments.map((segment) => encodeURIComponent(segment)).join('/');
}

const maxPagesPerList = 50;

export class GraphClient {
  private readonly base: string;
  readonly host: string;

  constructor(
    baseUrl: string,
    private readonly accessToken: string,
    private readonly fetchImpl: typeof fetch,
  ) {
    this.base = baseUrl.replace(/\/+$/, '');
    this.host = hostOf(this.base);
  }

  get(path: string, params: Params = {}): Promise<unknown> {
    return this.request('GET', path, params);
  }

  /** Graph writes take form parameters (is_hidden, message, user). */
  post(path: string, form: Params): Promise<unknown> {
    return this.request(
      'POST',
      path,
      {},
      { type: 'application/x-www-form-urlencoded', body: new URLSearchParams(form).toString() },
    );
  }

  /** The Send API takes a JSON body (recipient, message). */
  postJson(path: string, body: Record<string, unknown>): Promise<unknown> {
    return this.request('POST', path, {}, { type: 'application/json', body: JSON.stringify(body) });
  }

  delete(path: string, params: Params = {}): Promise<unknown> {
    return this.request('DELETE', path, params);
  }

  /**
   * Every entry of a list, page after page, until Facebook says there is no more or `keepGoing` says stop
   * (it sees each page's entries).
   */
  async listAll(
    path: string,
    params: Params,
    keepGoing: (page: unknown[]) => boolean = () => true,
  ): Promise<unknown[]> {
    const first = parseList(await this.get(path, params));
    return keepGoing(first.data) ? [...first.data, ...(await this.listRest(first, keepGoing))] : first.data;
  }

  /**
   * The pages after `list` (also a list nested in another answer), by its `paging.next`. Only addresses on
   * the Graph API's own host are followed, so the token never goes elsewhere; a repeated address ends it.
   */
  async listRest(list: GraphList, keepGoing: (page: unknown[]) => boolean = () => true): Promise<unknown[]> {
    const entries: unknown[] = [];
    const followed = new Set<string>();
    let next = list.paging?.next;
    while (next && !followed.has(next) && followed.size < maxPagesPerList) {
      followed.add(next);
      const page = parseList(await this.send('GET', this.sameHost(next)));
      entries.push(...page.data);
      if (!keepGoing(page.data)) break;
      next = page.paging?.next;
    }
    return entries;
  }

  private sameHost(address: string): URL {
    const url = URL.parse(address);
    if (!url || url.origin !== URL.parse(this.base)?.origin) {
      throw new ChannelError(
        'unexpected',
        `Facebook pointed to its next page at another address (${url?.host ?? 'not a web address'}); the console did not follow it.`,
      );
    }
    return url;
  }

  private async request(
    method: string,
    path: string,
    params: Params,
    content?: { type: string; body: string },
  ): Promise<unknown> {
    const url = URL.parse(`${this.base}/${path}`);
    if (!url)
      throw new ChannelError(
        'rejected',
        `The Graph API address "${this.base}" is not a web address; correct it under Settings.`,
      );
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return this.send(method, url, content);
  }

  private async send(method: string, url: URL, content?: { type: string; body: string }): Promise<unknown> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.accessToken}`, accept: 'application/json' };
    if (content) headers['content-type'] = content.type;
    const answer = await httpExchange({
      method,
      url,
      headers,
      body: content?.body,
      fetch: this.fetchImpl,
      failure: (error) => errorFromConnection(error, this.host),
    });
    if (answer.status < 200 || answer.status >= 300)
      throw errorFromResponse(answer.status, answer.headers, answer.body, (said) => this.redact(said));
    if (answer.body === undefined)
      throw new ChannelError(
        'unexpected',
        `Facebook answered with something the console does not understand (HTTP ${answer.status}).`,
      );
    return answer.body;
  }

  /** Facebook rarely echoes a token, but a clerk-facing message must never carry one. */
  private redact(text: string): string {
    return this.accessToken ? text.split(this.accessToken).join('[token]') : text;
  }
}
