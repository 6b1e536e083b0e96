// The fake WordPress site's comments: listed as WP_Comment_Query lists them, changed as the REST controller changes them.
export type FakeCommentStatus = 'hold' | 'approved' | 'spam' | 'trash';

export interface FakeComment {
  id: number;
  post: number;
  /** The comment this one answers; 0 when it answers the post. */
  parent: number;
  /** The WordPress user id; 0 for a visitor. */
  author: number;
  authorName: string;
  authorEmail: string;
  /** 'YYYY-MM-DDTHH:MM:SS' in UTC, as WordPress gives date_gmt. */
  dateGmt: string;
  content: string;
  status: FakeCommentStatus;
  /** The status before the bin or spam, as WordPress keeps it in _wp_trash_meta_status. */
  statusBefore: FakeCommentStatus | null;
  /** Fields overwritten in the JSON answer (undefined drops one): a malformed payload. */
  corrupt: Record<string, unknown> | null;
}

export interface CommentQuery {
  statuses: readonly FakeCommentStatus[];
  /** Epoch ms; only comments strictly after it (WP_Date_Query 'after' is not inclusive). */
  after: number | null;
  posts: readonly number[];
  parents: readonly number[];
  authors: readonly number[];
  orderby: 'date_gmt' | 'id';
  order: 'asc' | 'desc';
}

/** comment_approved as WordPress stores it, for each status the REST API answers with. */
const stored: Record<FakeCommentStatus, string> = { hold: '0', approved: '1', spam: 'spam', trash: 'trash' };

/**
 * The REST `status` parameter as the controller passes it on (sanitize_key) and WP_Comment_Query reads it:
 * 'hold', 'approve', 'all' (held or approved), 'any' (every status), anything else compared with
 * comment_approved as stored, so 'spam' and '0' find comments and 'approved' finds none.
 */
export function statusesOf(status: string): FakeCommentStatus[] {
  const word = status.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  const every = Object.keys(stored) as FakeCommentStatus[];
  switch (word) {
    case 'hold':
      return ['hold'];
    case 'approve':
      return ['approved'];
    case 'all':
    case '':
      return ['hold', 'approved'];
    case 'any':
      return every;
    default:
      return every.filter((candidate) => stored[candidate] === word);
  }
}

export function selectComments(comments: readonly FakeComment[], query: CommentQuery): FakeComment[] {
  const chosen = comments.filter(
    (comment) =>
      query.statuses.includes(comment.status) &&
      (query.after === null || Date.parse(`${comment.dateGmt}Z`) > query.after) &&
      (query.posts.length === 0 || query.posts.includes(comment.post)) &&
      (query.parents.length === 0 || query.parents.includes(comment.parent)) &&
      (query.authors.length === 0 || query.authors.includes(comment.author)),
  );
  const direction = query.order === 'asc' ? 1 : -1;
  // WP_Comment_Query adds comment_ID as the tie-breaker of any date order.
  return chosen.sort(
    (a, b) => direction * (query.orderby === 'id' ? a.id - b.id : a.dateGmt.localeCompare(b.dateGmt) || a.id - b.id),
  );
}

export function commentJson(comment: FakeComment, siteUrl: string, context: 'view' | 'edit'): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: comment.id,
    post: comment.post,
    parent: comment.parent,
    author: comment.author,
    author_name: comment.authorName,
    author_url: '',
    date: comment.dateGmt,
    date_gmt: comment.dateGmt,
    content: {
      rendered: `<p>${escapeHtml(comment.content).replace(/\n/g, '<br />\n')}</p>\n`,
      ...(context === 'edit' ? { raw: comment.content } : {}),
    },
    link: `${siteUrl}/?p=${comment.post}#comment-${comment.id}`,
    status: comment.status,
    type: 'comment',
    ...(context === 'edit'
      ? { author_email: comment.authorEmail, author_ip: '192.0.2.1', author_user_agent: 'Mozilla/5.0' }
      : {}),
    _links: { self: [{ href: `${siteUrl}/wp-json/wp/v2/comments/${comment.id}` }] },
  };
  return comment.corrupt ? { ...json, ...comment.corrupt } : json;
}

/** wp_get_comment_status(): the words handle_status_param compares a request with. */
const currentWord: Record<FakeCommentStatus, string> = {
  hold: 'unapproved',
  approved: 'approved',
  spam: 'spam',
  trash: 'trash',
};

/**
 * POST /comments/{id} { status } as handle_status_param does it: false (a 500 rest_comment_failed_edit) when the
 * word is unknown or nothing would change, for wp_set_comment_status() fails when its UPDATE changes no row (so
 * 'approve' on an approved comment and 'hold' on a held one fail too); untrash and unspam restore the
 * remembered status, or hold when there is none.
 */
export function changeStatus(comment: FakeComment, requested: string): boolean {
  if (requested === currentWord[comment.status]) return false;
  const setTo = (status: FakeCommentStatus): boolean => {
    if (comment.status === status) return false;
    comment.status = status;
    return true;
  };
  switch (requested) {
    case 'approved':
    case 'approve':
    case '1':
      return setTo('approved');
    case 'hold':
    case '0':
      return setTo('hold');
    case 'spam':
    case 'trash':
      comment.statusBefore = comment.status;
      comment.status = requested;
      return true;
    case 'unspam':
    case 'untrash': {
      const changed = setTo(comment.statusBefore ?? 'hold');
      if (changed) comment.statusBefore = null;
      return changed;
    }
    default:
      return false;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
