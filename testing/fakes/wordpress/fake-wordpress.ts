// A local stand-in for a WordPress site's REST API (comments and users/me), for the connector's tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';
import { changeStatus, commentJson, selectComments, statusesOf, type FakeComment } from './fake-wordpress-comments';

export type { FakeComment, FakeCommentStatus } from './fake-wordpress-comments';

export interface FakeWordPressUser {
  id: number;
  username: string;
  name: string;
  email: string;
  /** Stored without spaces; WordPress ignores the spaces it shows the password with. */
  applicationPassword: string;
  /** Editors and administrators may moderate comments. */
  moderates: boolean;
}

/** A refusal the next request gets, whatever it asks. */
export type FakeWordPressFault = { status: 429; retryAfter?: string } | { status: 500 } | { status: 401 };

export interface FakeWordPressRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | null;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

const restBase = '/wp-json/wp/v2';

function wpError(status: number, code: string, message: string): Answer {
  return { status, body: { code, message, data: { status } } };
}

export class FakeWordPress {
  readonly comments: FakeComment[] = [];
  readonly users: FakeWordPressUser[] = [
    {
      id: 1,
      username: 'clerk',
      name: 'Parish Clerk',
      email: 'clerk@ashcombe-pc.example.org',
      applicationPassword: 'abcdEFGHijklMNOPqrstUVWX',
      moderates: true,
    },
  ];
  readonly requests: FakeWordPressRequest[] = [];
  /** The site's clock, for comments posted through the API. */
  now: () => Date = () => new Date();
  url = '';
  private readonly faults: FakeWordPressFault[] = [];
  private server: LoopbackServer | null = null;
  private lastId = 0;

  async start(): Promise<string> {
    this.server = await listenOnLoopback((request, response) => void this.handle(request, response));
    this.url = this.server.origin;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    await server?.close();
  }

  addComment(comment: Partial<FakeComment> & { post: number; content: string; dateGmt: string }): FakeComment {
    const added: FakeComment = {
      id: comment.id ?? this.lastId + 1,
      parent: 0,
      author: 0,
      authorName: 'A Resident',
      authorEmail: 'resident@example.net',
      status: 'approved',
      statusBefore: null,
      corrupt: null,
      ...comment,
    };
    this.lastId = Math.max(this.lastId, added.id);
    this.comments.push(added);
    return added;
  }

  comment(id: number): FakeComment | undefined {
    return this.comments.find((comment) => comment.id === id);
  }

  failNext(fault: FakeWordPressFault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  /** How many requests reached the site with this method and path (query left out). */
  count(method: string, path: string): number {
    return this.requests.filter((request) => request.method === method && request.path === path).length;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const body = await readJsonBody(request);
    const method = request.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body });
    const answer = this.answer(method, url, body, request.headers.authorization);
    response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=UTF-8', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  private answer(
    method: string,
    url: URL,
    body: Record<string, unknown> | null,
    authorization: string | undefined,
  ): Answer {
    const fault = this.faults.shift();
    if (fault?.status === 429)
      return {
        ...wpError(429, 'too_many_requests', 'Too many requests.'),
        headers: fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
      };
    if (fault?.status === 500)
      return wpError(500, 'internal_server_error', 'There has been a critical error on this website.');
    if (fault?.status === 401)
      return wpError(401, 'incorrect_password', 'The provided password is an invalid application password.');
    const login = this.authenticate(authorization);
    if ('refusal' in login) return login.refusal;
    const user = login.user;
    const path = url.pathname;
    const query = url.searchParams;
    if (method === 'GET' && path === `${restBase}/users/me`) return this.me(user);
    if (method === 'GET' && path === `${restBase}/comments`) return this.list(user, query);
    if (method === 'POST' && path === `${restBase}/comments`) return this.create(user, body ?? {});
    const single = new RegExp(`^${restBase}/comments/(\\d+)$`).exec(path);
    if (single) return this.one(method, user, Number(single[1]), query, body ?? {});
    return wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
  }

  // https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/ — a wrong password is refused outright.
  private authenticate(authorization: string | undefined): { user: FakeWordPressUser | null } | { refusal: Answer } {
    if (!authorization?.startsWith('Basic ')) return { user: null };
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    const username = decoded.slice(0, separator);
    const password = decoded.slice(separator + 1).replace(/\s/g, '');
    const user = this.users.find((candidate) => candidate.username === username || candidate.email === username);
    if (!user)
      return { refusal: wpError(401, 'invalid_username', 'Unknown username. Check again or try your email address.') };
    if (user.applicationPassword !== password)
      return {
        refusal: wpError(401, 'incorrect_password', 'The provided password is an invalid application password.'),
      };
    return { user };
  }

  private me(user: FakeWordPressUser | null): Answer {
    if (!user) return wpError(401, 'rest_not_logged_in', 'You are not currently logged in.');
    const capabilities = { read: true, edit_posts: true, moderate_comments: user.moderates };
    return {
      status: 200,
      body: {
        id: user.id,
        username: user.username,
        name: user.name,
        email: user.email,
        slug: user.username,
        roles: [user.moderates ? 'editor' : 'subscriber'],
        capabilities,
      },
    };
  }

  private list(user: FakeWordPressUser | null, query: URLSearchParams): Answer {
    const context = query.get('context') === 'edit' ? 'edit' : 'view';
    const status = query.get('status') ?? 'approve';
    if (context === 'edit' && !user?.moderates)
      return wpError(user ? 403 : 401, 'rest_forbidden_context', 'Sorry, you are not allowed to edit comments.');
    if (status !== 'approve' && !user?.moderates)
      return wpError(user ? 403 : 401, 'rest_forbidden_param', 'Query parameter not permitted: status');
    const perPage = Number(query.get('per_page') ?? '10');
    const page = Number(query.get('page') ?? '1');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
      return wpError(400, 'rest_invalid_param', 'Invalid parameter(s): per_page');
    if (!Number.isInteger(page) || page < 1) return wpError(400, 'rest_invalid_param', 'Invalid parameter(s): page');
    const after = query.get('after');
    if (after !== null && Number.isNaN(Date.parse(after)))
      return wpError(400, 'rest_invalid_param', 'Invalid parameter(s): after');
    const matching = selectComments(this.comments, {
      statuses: statusesOf(status),
      after: after === null ? null : Date.parse(after),
      posts: idList(query, 'post'),
      parents: idList(query, 'parent'),
      authors: idList(query, 'author'),
      orderby: query.get('orderby') === 'id' ? 'id' : 'date_gmt',
      order: query.get('order') === 'asc' ? 'asc' : 'desc',
    });
    const totalPages = Math.ceil(matching.length / perPage);
    if (page > totalPages && matching.length > 0) {
      return wpError(
        400,
        'rest_comment_invalid_page_number',
        'The page number requested is larger than the number of pages available.',
      );
    }
    const shown = matching
      .slice((page - 1) * perPage, page * perPage)
      .map((comment) => commentJson(comment, this.url, context));
    return {
      status: 200,
      body: shown,
      headers: { 'X-WP-Total': String(matching.length), 'X-WP-TotalPages': String(totalPages) },
    };
  }

  private create(user: FakeWordPressUser | null, body: Record<string, unknown>): Answer {
    if (!user) return wpError(401, 'rest_comment_login_required', 'Sorry, you must be logged in to comment.');
    const post = Number(body.post ?? 0);
    const parent = Number(body.parent ?? 0);
    const content = typeof body.content === 'string' ? body.content.trim() : '';
    if (!(post > 0))
      return wpError(
        403,
        'rest_comment_invalid_post_id',
        'Sorry, you are not allowed to create this comment without a post.',
      );
    if (content === '') return wpError(400, 'rest_comment_content_invalid', 'Invalid comment content.');
    const duplicate = this.comments.some(
      (c) =>
        c.post === post && c.parent === parent && c.author === user.id && c.content === content && c.status !== 'trash',
    );
    if (duplicate)
      return wpError(
        409,
        'comment_duplicate',
        'Duplicate comment detected; it looks as though you’ve already said that!',
      );
    const created = this.addComment({
      post,
      parent,
      content,
      author: user.id,
      authorName: user.name,
      authorEmail: user.email,
      dateGmt: this.now().toISOString().slice(0, 19),
      status: user.moderates ? 'approved' : 'hold',
    });
    return {
      status: 201,
      body: commentJson(created, this.url, 'edit'),
      headers: { Location: `${this.url}${restBase}/comments/${created.id}` },
    };
  }

  private one(
    method: string,
    user: FakeWordPressUser | null,
    id: number,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ): Answer {
    const comment = this.comment(id);
    if (!comment) return wpError(404, 'rest_comment_invalid_id', 'Invalid comment ID.');
    const refused = user ? 403 : 401;
    if (method === 'GET') {
      if (query.get('context') === 'edit' && !user?.moderates)
        return wpError(refused, 'rest_forbidden_context', 'Sorry, you are not allowed to edit comments.');
      return { status: 200, body: commentJson(comment, this.url, query.get('context') === 'edit' ? 'edit' : 'view') };
    }
    if (method === 'POST') {
      if (!user?.moderates)
        return wpError(refused, 'rest_cannot_edit', 'Sorry, you are not allowed to edit this comment.');
      if (typeof body.status === 'string' && !changeStatus(comment, body.status))
        return wpError(500, 'rest_comment_failed_edit', 'Updating comment status failed.');
      return { status: 200, body: commentJson(comment, this.url, 'edit') };
    }
    if (method === 'DELETE') {
      if (!user?.moderates)
        return wpError(refused, 'rest_cannot_delete', 'Sorry, you are not allowed to delete this comment.');
      const force = query.get('force') === 'true' || query.get('force') === '1';
      if (force) {
        this.comments.splice(this.comments.indexOf(comment), 1);
        return { status: 200, body: { deleted: true, previous: commentJson(comment, this.url, 'edit') } };
      }
      if (comment.status === 'trash')
        return wpError(410, 'rest_already_trashed', 'The comment has already been trashed.');
      changeStatus(comment, 'trash');
      return { status: 200, body: commentJson(comment, this.url, 'edit') };
    }
    return wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
  }
}

/** WordPress takes list parameters as `post=1,2` or `post[]=1&post[]=2`. */
function idList(query: URLSearchParams, name: string): number[] {
  return [...query.getAll(name), ...query.getAll(`${name}[]`)]
    .flatMap((value) => value.split(','))
    .filter((value) => value !== '')
    .map(Number);
}

async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return null;
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
