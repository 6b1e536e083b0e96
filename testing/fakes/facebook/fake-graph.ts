// A fake Graph API serving one Facebook Page, for tests: the real paths, paging, errors, throttling and state.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';
import {
  answerFailure,
  answerOk,
  commentShape,
  listPage,
  messageShape,
  missingObject,
  parseFields,
  pick,
  postShape,
  graphTime,
  type FakeAnswer,
  type FakeComment,
  type FakeConversation,
  type FakeMessage,
  type FakePerson,
  type FakePost,
  type GraphFailure,
  type GraphObject,
} from './fake-graph-shapes';
import { legacyFeatureOf, type LegacyFeature } from './fake-graph-legacy';
import { sendApiAnswer, type SendApiContext } from './fake-graph-send';
import { graphApiVersion } from '../../../electron/channels/facebook/graph-version';

export type { FakeComment, FakeConversation, FakeMessage, FakePerson, FakePost } from './fake-graph-shapes';

/** Faults the next requests answer with, as Facebook sends them. */
export type FakeFault =
  'too-many-requests' | 'app-limit' | 'page-limit' | 'server-error' | 'expired-token' | 'permission';

export interface FakeGraphState {
  posts: FakePost[];
  comments: FakeComment[];
  conversations: FakeConversation[];
  /** Comment id → text of the one private reply Facebook allows. */
  privateReplies: Map<string, string>;
  blocked: Set<string>;
}

export interface FakeCall {
  method: string;
  /** The Graph version in the address, e.g. v27.0 (null when none was given). */
  version: string | null;
  path: string;
  params: URLSearchParams;
}

type Answer = FakeAnswer;
const day = 24 * 60 * 60_000;
const fail = answerFailure;
const ok = answerOk;

export class FakeGraph {
  readonly page: FakePerson;
  readonly state: FakeGraphState = {
    posts: [],
    comments: [],
    conversations: [],
    privateReplies: new Map(),
    blocked: new Set(),
  };
  readonly calls: FakeCall[] = [];
  /** Every request refused for a feature Graph no longer serves to new apps. */
  readonly legacyRefusals: { feature: LegacyFeature; path: string }[] = [];
  private readonly faults: { kind: FakeFault; regainMinutes: number }[] = [];
  private readonly accessToken: string;
  private readonly now: () => number;
  private tokenExpired = false;
  private sequence = 100;
  private server: LoopbackServer | null = null;
  private origin = '';

  /** Meta granted the app the Human Agent permission (HUMAN_AGENT-tagged Messenger replies up to 7 days). */
  humanAgent: boolean;
  /** People who turned off messages from the Page: the Send API answers 551. */
  readonly unavailable = new Set<string>();

  constructor(
    options: { pageId?: string; pageName?: string; accessToken?: string; now?: () => Date; humanAgent?: boolean } = {},
  ) {
    this.humanAgent = options.humanAgent ?? false;
    this.page = { id: options.pageId ?? '1000', name: options.pageName ?? 'Little Snoring Parish Council' };
    this.accessToken = options.accessToken ?? 'page-token';
    this.now = () => (options.now ? options.now() : new Date()).getTime();
  }

  /** Starts on a free port of 127.0.0.1; answers the Graph API root to give the connector as baseUrl. */
  async start(): Promise<string> {
    this.server = await listenOnLoopback((request, response) => void this.answer(request, response));
    this.origin = this.server.origin;
    return `${this.origin}/${graphApiVersion}`;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  addPost(post: { message: string; at: Date; from?: FakePerson }): string {
    const id = `${this.page.id}_${this.nextId()}`;
    this.state.posts.push({
      id,
      message: post.message,
      createdTime: post.at.getTime(),
      from: post.from ?? this.page,
      hidden: false,
      deleted: false,
    });
    return id;
  }

  /** `from: null` plays a commenter who has not authorised the app. */
  addComment(
    postId: string,
    comment: { message: string; at: Date; from: FakePerson | null; parentId?: string },
  ): string {
    const id = `${postId.split('_').pop()}_${this.nextId()}`;
    this.state.comments.push({
      id,
      postId,
      parentId: comment.parentId ?? null,
      message: comment.message,
      createdTime: comment.at.getTime(),
      from: comment.from,
      hidden: false,
      deleted: false,
      raw: null,
    });
    return id;
  }

  /** A comment whose payload is served exactly as given (a number for a message, no created_time…). */
  addMalformedComment(postId: string, raw: Record<string, unknown>, at: Date): string {
    const id = typeof raw.id === 'string' ? raw.id : `${postId.split('_').pop()}_${this.nextId()}`;
    this.state.comments.push({
      id,
      postId,
      parentId: null,
      message: '',
      createdTime: at.getTime(),
      from: null,
      hidden: false,
      deleted: false,
      raw: { ...raw, id },
    });
    return id;
  }

  /** A Messenger message between a person and the Page, in the conversation with that person. */
  addMessage(person: FakePerson, message: { text: string; at: Date; fromPage?: boolean }): string {
    return this.appendMessage(person, message.text, message.fromPage ? this.page : person, message.at.getTime()).id;
  }

  /** The next `count` requests fail as `kind`; 'page-limit' says access returns in `regainMinutes`. */
  failNext(count: number, kind: FakeFault, regainMinutes = 5): void {
    for (let index = 0; index < count; index++) this.faults.push({ kind, regainMinutes });
  }

  expireToken(): void {
    this.tokenExpired = true;
  }

  /** How many requests were made with this method to a path ending with `pathEnd`. */
  callsTo(method: string, pathEnd: string): number {
    return this.calls.filter((call) => call.method === method && call.path.endsWith(pathEnd)).length;
  }

  private nextId(): string {
    this.sequence += 1;
    return String(this.sequence);
  }

  private appendMessage(person: FakePerson, text: string, from: FakePerson, at: number): FakeMessage {
    let conversation = this.state.conversations.find((candidate) => candidate.person.id === person.id);
    if (!conversation) {
      conversation = { id: `t_${this.nextId()}`, person, messages: [] };
      this.state.conversations.push(conversation);
    }
    const message = { id: `m_${this.nextId()}`, text, createdTime: at, from };
    conversation.messages.push(message);
    return message;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.origin);
    const params = new URLSearchParams(url.searchParams);
    for (const [name, value] of Object.entries(await readBody(request))) params.set(name, value);
    const method = request.method ?? 'GET';
    const version = /^\/(v\d+\.\d+)/.exec(url.pathname)?.[1] ?? null;
    const path = url.pathname.replace(/^\/v\d+\.\d+/, '');
    this.calls.push({ method, version, path, params });
    const answer =
      this.faultAnswer() ??
      this.tokenAnswer(request, params) ??
      this.legacyAnswer(path, params) ??
      this.route(method, path.split('/').filter(Boolean).map(decodeURIComponent), params, url);
    response.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  private faultAnswer(): Answer | null {
    const fault = this.faults.shift();
    if (!fault) return null;
    const appUsage = { 'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 12, total_time: 14 }) };
    switch (fault.kind) {
      case 'too-many-requests':
        return fail({
          status: 429,
          type: 'OAuthException',
          code: 4,
          message: '(#4) Application request limit reached',
          headers: appUsage,
        });
      case 'app-limit':
        return fail({
          status: 400,
          type: 'OAuthException',
          code: 4,
          message: '(#4) Application request limit reached',
          headers: appUsage,
        });
      case 'page-limit': {
        const usage = {
          [this.page.id]: [
            {
              type: 'pages',
              call_count: 100,
              total_cputime: 20,
              total_time: 30,
              estimated_time_to_regain_access: fault.regainMinutes,
            },
          ],
        };
        return fail({
          status: 400,
          type: 'OAuthException',
          code: 32,
          message: '(#32) Page request limit reached',
          headers: { 'x-business-use-case-usage': JSON.stringify(usage) },
        });
      }
      case 'server-error':
        return fail({
          status: 500,
          type: 'OAuthException',
          code: 2,
          message: 'An unexpected error has occurred. Please retry your request later.',
        });
      case 'expired-token':
        return fail(expired(this.now()));
      case 'permission':
        return fail({
          status: 403,
          type: 'OAuthException',
          code: 200,
          message: '(#200) Requires pages_manage_engagement permission to manage the object',
        });
    }
  }

  /** The token may come as access_token or in an Authorization header, as Graph accepts both. */
  private tokenAnswer(request: IncomingMessage, params: URLSearchParams): Answer | null {
    const header = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const token = params.get('access_token') ?? header;
    if (!token)
      return fail({
        status: 400,
        type: 'OAuthException',
        code: 104,
        message: 'An access token is required to request this resource.',
      });
    if (token !== this.accessToken)
      return fail({
        status: 400,
        type: 'OAuthException',
        code: 190,
        message: 'Invalid OAuth access token - Cannot parse access token',
      });
    return this.tokenExpired ? fail(expired(this.now())) : null;
  }

  private legacyAnswer(path: string, params: URLSearchParams): Answer | null {
    const feature = legacyFeatureOf(params);
    if (!feature) return null;
    this.legacyRefusals.push({ feature, path });
    return fail({
      status: 400,
      type: 'OAuthException',
      code: 100,
      message: `(#100) Graph API no longer accepts a ${feature} from new apps.`,
    });
  }

  private route(method: string, segments: string[], params: URLSearchParams, url: URL): Answer {
    const [id = '', edge] = segments;
    const fields = parseFields(params.get('fields'));
    const isPage = id === this.page.id;
    const post = this.state.posts.find((candidate) => candidate.id === id && !candidate.deleted);
    const comment = this.state.comments.find((candidate) => candidate.id === id && !candidate.deleted);
    const target = post ?? comment;
    const key = `${method} ${edge ?? ''}`;
    if (isPage && key === 'GET ') return ok(pick({ id: this.page.id, name: this.page.name }, fields));
    if (isPage && (key === 'GET feed' || key === 'GET posts'))
      return ok(
        listPage(
          this.feed(edge === 'posts', params).map((entry) => pick(postShape(entry), fields)),
          params,
          url,
        ),
      );
    if (isPage && key === 'GET conversations') return ok(listPage(this.conversations(params, fields), params, url));
    if (isPage && key === 'POST messages') return sendApiAnswer(this.sendApi(), params);
    if (isPage && key === 'POST blocked') return this.block(params.get('user'), true);
    if (isPage && key === 'DELETE blocked') return this.block(params.get('user'), false);
    if (target && key === 'GET comments')
      return ok(
        listPage(
          this.commentsUnder(id, Boolean(post), params).map((entry) => pick(commentShape(entry), fields)),
          params,
          url,
        ),
      );
    if (target && key === 'POST comments')
      return this.comment(post ? post.id : (comment?.postId ?? ''), post ? null : id, params.get('message'));
    if (target && key === 'GET ') return ok(pick(post ? postShape(post) : commentShape(comment!), fields));
    if (target && key === 'POST ') {
      if (params.has('is_hidden')) target.hidden = params.get('is_hidden') === 'true';
      return ok({ success: true });
    }
    if (target && key === 'DELETE ') {
      target.deleted = true;
      return ok({ success: true });
    }
    const conversation = this.state.conversations.find((candidate) => candidate.id === id);
    if (conversation && key === 'GET messages')
      return ok(
        listPage(
          [...conversation.messages].reverse().map((entry) => pick(messageShape(entry), fields)),
          params,
          url,
        ),
      );
    const message = this.state.conversations
      .flatMap((candidate) => candidate.messages)
      .find((candidate) => candidate.id === id);
    if (message && key === 'GET ') return ok(pick(messageShape(message), fields));
    return fail(missingObject(method, id));
  }

  /** Newest first; `since`/`until` (UNIX seconds) bound created_time. */
  private feed(pageOnly: boolean, params: URLSearchParams): FakePost[] {
    const since = Number(params.get('since') ?? Number.NEGATIVE_INFINITY) * 1000;
    const until = Number(params.get('until') ?? Number.POSITIVE_INFINITY) * 1000;
    return this.state.posts
      .filter(
        (post) =>
          !post.deleted &&
          (!pageOnly || post.from.id === this.page.id) &&
          post.createdTime >= since &&
          post.createdTime <= until,
      )
      .sort((a, b) => b.createdTime - a.createdTime);
  }

  /** filter=stream: every comment flat, with `parent`; otherwise only the top level (replies for a comment). */
  private commentsUnder(id: string, isPost: boolean, params: URLSearchParams): FakeComment[] {
    const since = Number(params.get('since') ?? Number.NEGATIVE_INFINITY) * 1000;
    const stream = isPost && params.get('filter') === 'stream';
    const under = this.state.comments.filter(
      (comment) =>
        !comment.deleted &&
        comment.createdTime >= since &&
        (isPost ? comment.postId === id && (stream || comment.parentId === null) : comment.parentId === id),
    );
    const oldestFirst = under.sort((a, b) => a.createdTime - b.createdTime);
    return params.get('order') === 'reverse_chronological' ? oldestFirst.reverse() : oldestFirst;
  }

  private conversations(params: URLSearchParams, fields: ReturnType<typeof parseFields>): GraphObject[] {
    const userId = params.get('user_id');
    const nested = fields?.get('messages');
    return this.state.conversations
      .filter((conversation) => conversation.messages.length > 0 && (!userId || conversation.person.id === userId))
      .sort((a, b) => b.messages[b.messages.length - 1]!.createdTime - a.messages[a.messages.length - 1]!.createdTime)
      .map((conversation) => {
        const newestFirst = [...conversation.messages]
          .reverse()
          .map((message) => pick(messageShape(message), parseFields(nested?.inner ?? null)));
        const messagesUrl = new URL(`${this.origin}/${graphApiVersion}/${conversation.id}/messages`);
        if (nested?.inner) messagesUrl.searchParams.set('fields', nested.inner);
        const messages = listPage(
          newestFirst,
          new URLSearchParams(nested?.limit ? { limit: String(nested.limit) } : {}),
          messagesUrl,
        );
        const shape = {
          id: conversation.id,
          updated_time: graphTime(conversation.messages[conversation.messages.length - 1]!.createdTime),
          messages,
        };
        return pick(shape, fields);
      });
  }

  private comment(postId: string, parentId: string | null, message: string | null): Answer {
    if (!message)
      return fail({ status: 400, type: 'OAuthException', code: 100, message: '(#100) Missing message or attachment.' });
    const id = this.addComment(postId, {
      message,
      at: new Date(this.now()),
      from: this.page,
      ...(parentId ? { parentId } : {}),
    });
    return ok({ id });
  }

  private block(user: string | null, blocked: boolean): Answer {
    if (!user)
      return fail({ status: 400, type: 'OAuthException', code: 100, message: '(#100) The parameter user is required' });
    if (blocked) this.state.blocked.add(user);
    else this.state.blocked.delete(user);
    return ok(blocked ? { [user]: true } : { success: true });
  }

  private sendApi(): SendApiContext {
    return {
      page: this.page,
      now: this.now(),
      comments: this.state.comments,
      conversations: this.state.conversations,
      privateReplies: this.state.privateReplies,
      humanAgent: this.humanAgent,
      unavailable: this.unavailable,
      send: (person: FakePerson, text: string) => this.appendMessage(person, text, this.page, this.now()),
    };
  }
}

function expired(now: number): GraphFailure {
  return {
    status: 400,
    type: 'OAuthException',
    code: 190,
    subcode: 463,
    message: `Error validating access token: Session has expired on ${new Date(now - day).toUTCString()}. The current time is ${new Date(now).toUTCString()}.`,
  };
}

/** Graph takes form or JSON bodies; JSON values come back as strings, as in a form. */
async function readBody(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((request.headers['content-type'] ?? '').includes('application/json')) {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(parsed).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
    );
  }
  return Object.fromEntries(new URLSearchParams(text));
}
