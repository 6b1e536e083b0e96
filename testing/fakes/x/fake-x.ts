// A fake X API v2 for the connector's tests: the real paths, fields, paging, error bodies and rate-limit headers, with state.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';
import {
  conversationId,
  dmDefaults,
  invalid,
  notFound,
  ok,
  paginate,
  parseJson,
  pick,
  Problem,
  problem,
  readBody,
  snowflakeParam,
  tweetDefaults,
  userDefaults,
  type Answer,
  type Entry,
} from './fake-x-http';
import { FakeXBill } from './fake-x-billing';

export interface FakeXUser {
  id: string;
  username: string;
  name: string;
}

export interface FakeTweet {
  id: string;
  text: string;
  author_id: string;
  created_at: string;
  conversation_id: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: { type: 'replied_to'; id: string }[];
  hidden: boolean;
  deleted: boolean;
}

export interface FakeDmEvent {
  id: string;
  event_type: 'MessageCreate' | 'ParticipantsJoin' | 'ParticipantsLeave';
  text?: string;
  sender_id: string;
  dm_conversation_id: string;
  created_at: string;
}

export type FakeXFault = '429' | '500' | '401';

/** The X app the council's sign-in belongs to, for the token endpoint. */
export interface FakeXOAuth {
  refreshToken?: string;
  clientId?: string;
  /** Set for a confidential app (Basic auth at the token endpoint). */
  clientSecret?: string;
}

export interface FakeXCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export class FakeX {
  readonly users = new Map<string, FakeXUser>();
  readonly tweets = new Map<string, FakeTweet>();
  readonly dmEvents: FakeDmEvent[] = [];
  readonly mutes = new Set<string>();
  readonly calls: FakeXCall[] = [];
  /** The only token the fake accepts; change it to make the connector's token "expire". */
  accessToken: string;
  /** The refresh token the fake's token endpoint accepts (X replaces it at every use). */
  refreshToken: string | null;
  /** How many times the sign-in was renewed through POST /2/oauth2/token. */
  renewals = 0;
  /** The fake's clock: its day for billing; posts and messages made without a time get it. */
  now: () => Date = () => new Date();
  /** What X would bill for what the fake served, counted by the fake. */
  readonly bill = new FakeXBill(() => this.now());
  /** Epoch seconds sent in x-rate-limit-reset. */
  rateLimitResetAt = Math.floor(Date.now() / 1000) + 900;
  private readonly mentionEntries: Entry[] = [];
  private readonly dmEntries: Entry[] = [];
  private readonly partialErrors: Record<'mentions' | 'dm_events', unknown[]> = { mentions: [], dm_events: [] };
  private faults: FakeXFault[] = [];
  private lastId = 1_800_000_000_000_000_000n;

  private constructor(
    private readonly server: LoopbackServer,
    readonly council: FakeXUser,
    accessToken: string,
    private readonly oauth: FakeXOAuth,
  ) {
    this.accessToken = accessToken;
    this.refreshToken = oauth.refreshToken ?? null;
    this.users.set(council.id, council);
  }

  static async start(options: { council: FakeXUser; accessToken: string } & FakeXOAuth): Promise<FakeX> {
    // No request can come before start() has returned the address, so `fake` exists by then.
    const server = await listenOnLoopback((request, response) => void fake.handle(request, response));
    const fake = new FakeX(server, options.council, options.accessToken, options);
    return fake;
  }

  get baseUrl(): string {
    return this.server.origin;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  addUser(user: FakeXUser): FakeXUser {
    this.users.set(user.id, user);
    return user;
  }

  /** A post by the council that starts a conversation. */
  councilPost(text: string, createdAt?: string): FakeTweet {
    return this.storeTweet({ author: this.council, text, createdAt });
  }

  /** A post naming the council, optionally in reply to another post. */
  addMention(mention: { from: FakeXUser; text: string; inReplyTo?: string; createdAt?: string }): FakeTweet {
    this.addUser(mention.from);
    const tweet = this.storeTweet({ author: mention.from, ...mention });
    this.mentionEntries.push({ id: BigInt(tweet.id), raw: null });
    return tweet;
  }

  addMalformedMention(raw: Record<string, unknown>): void {
    this.mentionEntries.push({ id: this.rawId(raw), raw });
  }

  addDm(message: {
    from: FakeXUser;
    to?: FakeXUser;
    text: string;
    createdAt?: string;
    eventType?: FakeDmEvent['event_type'];
  }): FakeDmEvent {
    this.addUser(message.from);
    const other = message.from.id === this.council.id ? (message.to ?? this.council) : message.from;
    const event: FakeDmEvent = {
      id: this.newId(),
      event_type: message.eventType ?? 'MessageCreate',
      text: message.text,
      sender_id: message.from.id,
      dm_conversation_id: conversationId(this.council.id, other.id),
      created_at: message.createdAt ?? this.now().toISOString(),
    };
    this.dmEvents.push(event);
    this.dmEntries.push({ id: BigInt(event.id), raw: null });
    return event;
  }

  addMalformedDm(raw: Record<string, unknown>): void {
    this.dmEntries.push({ id: this.rawId(raw), raw });
  }

  /** An error object the next page of that timeline carries beside its data (X's partial errors). */
  addPartialError(timeline: 'mentions' | 'dm_events', error: Record<string, unknown>): void {
    this.partialErrors[timeline].push(error);
  }

  /** The access token's two hours are up: X refuses it from now on. */
  expireAccessToken(): void {
    this.accessToken = `expired-and-replaced-${randomUUID()}`;
  }

  /** The next `count` requests, whatever they are, answer with this fault. */
  failNext(count: number, fault: FakeXFault): void {
    this.faults.push(...Array<FakeXFault>(count).fill(fault));
  }

  callsTo(method: string, path: RegExp): FakeXCall[] {
    return this.calls.filter((call) => call.method === method && path.test(call.path));
  }

  councilTweets(): FakeTweet[] {
    return [...this.tweets.values()].filter((tweet) => tweet.author_id === this.council.id && !tweet.deleted);
  }

  sentDms(): FakeDmEvent[] {
    return this.dmEvents.filter((event) => event.sender_id === this.council.id);
  }

  private newId(): string {
    this.lastId += 1000n;
    return String(this.lastId);
  }

  private rawId(raw: Record<string, unknown>): bigint {
    return typeof raw.id === 'string' && /^\d+$/.test(raw.id) ? BigInt(raw.id) : BigInt(this.newId());
  }

  private storeTweet(post: { author: FakeXUser; text: string; inReplyTo?: string; createdAt?: string }): FakeTweet {
    const id = this.newId();
    const parent = post.inReplyTo ? this.tweets.get(post.inReplyTo) : undefined;
    const tweet: FakeTweet = {
      id,
      text: post.text,
      author_id: post.author.id,
      created_at: post.createdAt ?? this.now().toISOString(),
      conversation_id: parent?.conversation_id ?? id,
      ...(parent
        ? { in_reply_to_user_id: parent.author_id, referenced_tweets: [{ type: 'replied_to' as const, id: parent.id }] }
        : {}),
      hidden: false,
      deleted: false,
    };
    this.tweets.set(id, tweet);
    return tweet;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const text = await readBody(request);
    if (request.method === 'POST' && url.pathname === '/2/oauth2/token') {
      this.calls.push({ method: 'POST', path: url.pathname, query: {}, body: '(form, not recorded)' });
      this.sendToken(request, new URLSearchParams(text), response);
      return;
    }
    const body = parseJson(text);
    this.calls.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
    });
    let answer: Answer;
    try {
      if (body === undefined) throw problem(400, 'Invalid Request', 'The request body is not valid JSON.');
      answer = this.answer(request, url, body);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      answer = error.answer;
    }
    const remaining = answer.status === 429 ? 0 : Math.max(0, 900 - this.calls.length);
    response.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-rate-limit-limit': answer.status === 429 ? '180' : '900',
      'x-rate-limit-remaining': String(remaining),
      'x-rate-limit-reset': String(this.rateLimitResetAt),
      ...answer.headers,
    });
    response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  }

  /**
   * POST /2/oauth2/token, grant_type=refresh_token: a public client names itself with client_id, a
   * confidential one with Basic auth. A refresh token works once; the answer carries the next one.
   * Refusals use the OAuth error body X sends ({ error, error_description }).
   */
  private sendToken(request: IncomingMessage, form: URLSearchParams, response: ServerResponse): void {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [basicId, basicSecret] = basic ? Buffer.from(basic, 'base64').toString().split(':') : [];
    const clientOk = this.oauth.clientSecret
      ? basicId === this.oauth.clientId && basicSecret === this.oauth.clientSecret
      : form.get('client_id') === this.oauth.clientId;
    if (!clientOk)
      return reply(401, { error: 'unauthorized_client', error_description: 'Missing valid authorization header' });
    if (
      form.get('grant_type') !== 'refresh_token' ||
      this.refreshToken === null ||
      form.get('refresh_token') !== this.refreshToken
    ) {
      return reply(400, { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' });
    }
    this.renewals += 1;
    this.accessToken = `fake-access-${this.renewals}-${randomUUID()}`;
    this.refreshToken = `fake-refresh-${this.renewals}-${randomUUID()}`;
    reply(200, {
      token_type: 'bearer',
      expires_in: 7200,
      access_token: this.accessToken,
      scope: 'tweet.read users.read offline.access',
      refresh_token: this.refreshToken,
    });
  }

  private answer(request: IncomingMessage, url: URL, body: unknown): Answer {
    const fault = this.faults.shift();
    if (fault === '429') throw problem(429, 'Too Many Requests', 'Too Many Requests');
    if (fault === '500') return { status: 500, body: { errors: [{ message: 'Internal error', code: 131 }] } };
    if (fault === '401' || request.headers.authorization !== `Bearer ${this.accessToken}`)
      throw problem(401, 'Unauthorized', 'Unauthorized');
    const route = `${request.method} ${url.pathname}`;
    const query = url.searchParams;
    let match: RegExpMatchArray | null;
    if (route === 'GET /2/users/me') {
      const me = pick(this.council, userDefaults, query.get('user.fields'));
      this.bill.served('user', [me]);
      return ok({ data: me });
    }
    if ((match = route.match(/^GET \/2\/users\/(\d+)\/mentions$/)))
      return ok(this.mentionTimeline(match[1] ?? '', query));
    if ((match = route.match(/^GET \/2\/users\/(\d+)\/tweets$/))) return ok(this.userTimeline(match[1] ?? '', query));
    if (route === 'GET /2/dm_events') return ok(this.dmTimeline(() => true, query, 'dm_events'));
    if ((match = route.match(/^GET \/2\/dm_conversations\/with\/(\d+)\/dm_events$/))) {
      const conversation = conversationId(this.council.id, match[1] ?? '');
      return ok(this.dmTimeline((event) => event.dm_conversation_id === conversation, query, null));
    }
    if ((match = route.match(/^POST \/2\/dm_conversations\/with\/(\d+)\/messages$/)))
      return this.sendDm(match[1] ?? '', body);
    if (route === 'POST /2/tweets') return this.createTweet(body);
    if ((match = route.match(/^DELETE \/2\/tweets\/(\d+)$/))) return this.deleteTweet(match[1] ?? '');
    if ((match = route.match(/^PUT \/2\/tweets\/(\d+)\/hidden$/))) return this.hideReply(match[1] ?? '', body);
    if ((match = route.match(/^POST \/2\/users\/(\d+)\/muting$/))) return this.mute(match[1] ?? '', body);
    if ((match = route.match(/^DELETE \/2\/users\/(\d+)\/muting\/(\d+)$/)))
      return this.unmute(match[1] ?? '', match[2] ?? '');
    return { status: 404, body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] } };
  }

  private mentionTimeline(userId: string, query: URLSearchParams): Record<string, unknown> {
    const since = snowflakeParam(query, 'since_id');
    const startTime = query.get('start_time');
    if (startTime !== null && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/.test(startTime))
      throw invalid('start_time', startTime, 'is not a valid RFC3339 date');
    const after = startTime === null ? null : Date.parse(startTime);
    const entries = this.mentionEntries.filter((entry) => {
      const tweet = entry.raw ? null : this.tweets.get(String(entry.id));
      if (userId !== this.council.id || tweet?.deleted || (since !== null && entry.id <= since)) return false;
      return after === null || !tweet || Date.parse(tweet.created_at) >= after;
    });
    const { slice, meta } = paginate(entries, query, { min: 5, max: 100, fallback: 10 });
    const tweets = slice.map((entry) => entry.raw ?? this.tweetView(String(entry.id), query));
    const expansions = new Set(query.get('expansions')?.split(',') ?? []);
    const authors = slice.flatMap((entry) => (entry.raw ? [] : [this.tweets.get(String(entry.id))?.author_id ?? '']));
    // expansions=referenced_tweets.id puts the posts these answer or quote in includes.tweets (once
    // each, deleted ones left out); referenced_tweets.id.author_id adds their authors to includes.users.
    const referenced = [
      ...new Set(
        slice.flatMap((entry) =>
          entry.raw
            ? []
            : (this.tweets.get(String(entry.id))?.referenced_tweets ?? []).map((reference) => reference.id),
        ),
      ),
    ].filter((id) => this.tweets.get(id) && !this.tweets.get(id)?.deleted);
    const includedTweets = expansions.has('referenced_tweets.id')
      ? referenced.map((id) => this.tweetView(id, query))
      : [];
    const referencedAuthors = expansions.has('referenced_tweets.id.author_id')
      ? referenced.map((id) => this.tweets.get(id)?.author_id ?? '')
      : [];
    return this.timelineBody(
      'post',
      tweets,
      meta,
      [...(expansions.has('author_id') ? authors : []), ...referencedAuthors],
      query,
      'mentions',
      includedTweets,
    );
  }

  private userTimeline(userId: string, query: URLSearchParams): Record<string, unknown> {
    const entries = [...this.tweets.values()]
      .filter((tweet) => tweet.author_id === userId && !tweet.deleted)
      .map((tweet) => ({ id: BigInt(tweet.id), raw: null }));
    const { slice, meta } = paginate(entries, query, { min: 5, max: 100, fallback: 10 });
    return this.timelineBody(
      userId === this.council.id ? 'own post' : 'post',
      slice.map((entry) => this.tweetView(String(entry.id), query)),
      meta,
      [],
      query,
      null,
    );
  }

  private dmTimeline(
    include: (event: FakeDmEvent) => boolean,
    query: URLSearchParams,
    errors: 'dm_events' | null,
  ): Record<string, unknown> {
    const types = query.get('event_types')?.split(',') ?? null;
    const byId = new Map(this.dmEvents.map((event) => [event.id, event]));
    const entries = this.dmEntries.filter((entry) => {
      const event = byId.get(String(entry.id));
      if (!event) return errors !== null;
      return include(event) && (types === null || types.includes(event.event_type));
    });
    const { slice, meta } = paginate(entries, query, { min: 1, max: 100, fallback: 100 });
    const data = slice.map(
      (entry) => entry.raw ?? pick(byId.get(String(entry.id)) ?? {}, dmDefaults, query.get('dm_event.fields')),
    );
    const senders = slice.flatMap((entry) => (entry.raw ? [] : [byId.get(String(entry.id))?.sender_id ?? '']));
    return this.timelineBody(
      'dm event',
      data,
      meta,
      query.get('expansions')?.includes('sender_id') ? senders : [],
      query,
      errors,
    );
  }

  /** X leaves `data` out of an empty page, lists expanded users and posts once in `includes`, and appends partial errors. */
  private timelineBody(
    dataKind: 'post' | 'own post' | 'dm event',
    data: unknown[],
    meta: Record<string, unknown>,
    userIds: string[],
    query: URLSearchParams,
    errors: 'mentions' | 'dm_events' | null,
    includedTweets: unknown[] = [],
  ): Record<string, unknown> {
    const users = [...new Set(userIds)].flatMap((id) => {
      const user = this.users.get(id);
      return user ? [pick(user, userDefaults, query.get('user.fields'))] : [];
    });
    const pending = errors ? this.partialErrors[errors].splice(0) : [];
    this.bill.served(dataKind, data);
    this.bill.served('post', includedTweets);
    this.bill.served('user', users);
    return {
      ...(data.length > 0 ? { data } : {}),
      ...(users.length > 0 || includedTweets.length > 0
        ? {
            includes: {
              ...(users.length > 0 ? { users } : {}),
              ...(includedTweets.length > 0 ? { tweets: includedTweets } : {}),
            },
          }
        : {}),
      meta,
      ...(pending.length > 0 ? { errors: pending } : {}),
    };
  }

  /** Tweet text goes out with &, < and > as HTML entities, as X sends it. */
  private tweetView(id: string, query: URLSearchParams): Record<string, unknown> {
    const stored = this.tweets.get(id);
    if (!stored) throw notFound(id);
    const text = stored.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const { author_id, created_at, conversation_id, in_reply_to_user_id, referenced_tweets } = stored;
    const tweet = { id, author_id, created_at, conversation_id, in_reply_to_user_id, referenced_tweets };
    return pick({ ...tweet, text, edit_history_tweet_ids: [id] }, tweetDefaults, query.get('tweet.fields'));
  }

  private createTweet(body: unknown): Answer {
    const request = (body ?? {}) as { text?: unknown; reply?: { in_reply_to_tweet_id?: unknown } };
    if (typeof request.text !== 'string' || request.text.length === 0 || request.text.length > 280)
      throw invalid('text', String(request.text), 'is not valid');
    const parentId = request.reply?.in_reply_to_tweet_id;
    const parent = typeof parentId === 'string' ? this.tweets.get(parentId) : undefined;
    if (parentId !== undefined && (!parent || parent.deleted)) {
      throw problem(403, 'Forbidden', 'You attempted to reply to a Tweet that is deleted or not visible to you.');
    }
    const text = request.text.trim();
    if (this.councilTweets().some((tweet) => tweet.text.trim() === text)) {
      throw problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
    }
    const tweet = this.storeTweet({
      author: this.council,
      text: request.text,
      ...(parent ? { inReplyTo: parent.id } : {}),
    });
    this.bill.request(/https?:\/\//.test(request.text) ? 'post created with a link' : 'post created');
    return { status: 201, body: { data: { id: tweet.id, text: tweet.text, edit_history_tweet_ids: [tweet.id] } } };
  }

  private deleteTweet(id: string): Answer {
    const tweet = this.tweets.get(id);
    if (!tweet || tweet.deleted) throw notFound(id);
    if (tweet.author_id !== this.council.id)
      throw problem(403, 'Forbidden', 'You are not allowed to delete a Tweet that is not yours.');
    tweet.deleted = true;
    return ok({ data: { deleted: true } });
  }

  private hideReply(id: string, body: unknown): Answer {
    const hidden = (body as { hidden?: unknown } | null)?.hidden;
    if (typeof hidden !== 'boolean') throw invalid('hidden', String(hidden), 'is not a boolean');
    const tweet = this.tweets.get(id);
    if (!tweet || tweet.deleted) throw notFound(id);
    const root = this.tweets.get(tweet.conversation_id);
    if (tweet.conversation_id === tweet.id || root?.author_id !== this.council.id) {
      throw problem(403, 'Forbidden', 'You can only hide or unhide replies to conversations you authored.');
    }
    tweet.hidden = hidden;
    return ok({ data: { hidden } });
  }

  private mute(sourceId: string, body: unknown): Answer {
    const target = (body as { target_user_id?: unknown } | null)?.target_user_id;
    if (sourceId !== this.council.id)
      throw problem(403, 'Forbidden', 'You can only mute on behalf of the authenticated user.');
    if (typeof target !== 'string' || !/^\d+$/.test(target))
      throw invalid('target_user_id', String(target), 'is not a user id');
    this.mutes.add(target);
    return ok({ data: { muting: true } });
  }

  private unmute(sourceId: string, targetId: string): Answer {
    if (sourceId !== this.council.id)
      throw problem(403, 'Forbidden', 'You can only unmute on behalf of the authenticated user.');
    this.mutes.delete(targetId);
    return ok({ data: { muting: false } });
  }

  private sendDm(participantId: string, body: unknown): Answer {
    const text = (body as { text?: unknown } | null)?.text;
    if (typeof text !== 'string' || text.length === 0) throw invalid('text', String(text), 'is not valid');
    const to = this.users.get(participantId) ?? {
      id: participantId,
      username: `user${participantId}`,
      name: participantId,
    };
    const event = this.addDm({ from: this.council, to, text });
    this.bill.request('dm created');
    return { status: 201, body: { data: { dm_conversation_id: event.dm_conversation_id, dm_event_id: event.id } } };
  }
}
