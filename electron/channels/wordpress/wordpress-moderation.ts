// What the console does to WordPress comments: bin and spam (and back), the council's replies and removal notices.
import { z } from 'zod';
import { ChannelError } from '../channel-error';
import { postOfReference } from './wordpress-comment';
import { wordPressCode, type WordPressAnswer, type WordPressSite } from './wordpress-http';
import { answeredStatus, moderatedComments, statusChanges } from './wordpress-status';

export const commentsPath = '/wp-json/wp/v2/comments';

const commentStateSchema = z.object({ id: z.number(), post: z.number(), status: answeredStatus });
const councilCommentSchema = z.object({ id: z.number(), content: z.object({ raw: z.string() }) });
const createdSchema = z.object({ id: z.number() });

/** Where a comment goes: a post, and the comment it answers (0: the post itself). */
interface CommentPlace {
  post: number;
  parent: number;
}

export function commentIdOf(value: unknown): number {
  if (typeof value === 'string' && /^\d+$/.test(value) && Number(value) > 0) return Number(value);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  throw new ChannelError(
    'rejected',
    `"${String(value)}" is not a WordPress comment id, so the console cannot act on it.`,
  );
}

export class CommentModeration {
  constructor(
    private readonly site: WordPressSite,
    /** The WordPress user id the console posts as. */
    private readonly councilUserId: () => Promise<number>,
  ) {}

  /** DELETE without force moves the comment to the bin; a retry answers 410 rest_already_trashed, which is done. */
  async trash(id: number): Promise<string> {
    const answer = await this.site.send('DELETE', `${commentsPath}/${id}`);
    if (succeeded(answer) || wordPressCode(answer) === 'rest_already_trashed') return String(id);
    throw this.site.refusal(answer);
  }

  /*
   * POST /comments/{id} { status } runs WP_REST_Comments_Controller::handle_status_param: 'untrash' and 'unspam'
   * put back the status the comment had before (held or approved), where 'approved' would publish a held comment.
   * The same status twice answers 500 rest_comment_failed_edit, and 'untrash' on a comment that is not in the bin
   * puts it on hold, so each change is made only from the state it reverses; a retry finds it done.
   */
  untrash(id: number): Promise<string> {
    return this.changeStatus(id, statusChanges.untrash);
  }

  spam(id: number): Promise<string> {
    return this.changeStatus(id, statusChanges.spam);
  }

  unspam(id: number): Promise<string> {
    return this.changeStatus(id, statusChanges.unspam);
  }

  async reply(parentId: number, text: string): Promise<string | null> {
    const parent = await this.state(parentId);
    return this.postOnce({ post: parent.post, parent: parentId }, text);
  }

  /** Under the removed comment's parent: a comment, or the post itself ('post-12') for a top-level comment. */
  postNotice(inReplyTo: string, text: string): Promise<string | null> {
    const post = postOfReference(inReplyTo);
    return post === null ? this.reply(commentIdOf(inReplyTo), text) : this.postOnce({ post, parent: 0 }, text);
  }

  /** force=true deletes for good (a notice need not sit in the bin); a notice already gone counts as deleted. */
  async deleteNotice(reference: unknown): Promise<string> {
    const id = commentIdOf(reference);
    const answer = await this.site.send('DELETE', `${commentsPath}/${id}`, { query: { force: 'true' } });
    if (succeeded(answer) || wordPressCode(answer) === 'rest_comment_invalid_id') return String(id);
    throw this.site.refusal(answer);
  }

  private async changeStatus(id: number, change: (typeof statusChanges)[keyof typeof statusChanges]): Promise<string> {
    const current = await this.state(id);
    if (change.neededWhen(current.status))
      await this.site.call('POST', `${commentsPath}/${id}`, { body: { status: change.send } });
    return String(id);
  }

  private async state(id: number): Promise<z.infer<typeof commentStateSchema>> {
    const { body } = await this.site.call('GET', `${commentsPath}/${id}`, { query: { context: 'edit' } });
    const parsed = commentStateSchema.safeParse(body);
    if (!parsed.success) {
      const status = typeof body === 'object' && body !== null ? (body as { status?: unknown }).status : undefined;
      // A status WordPress itself never answers (a plugin's own) will not change by retrying.
      if (typeof status === 'string' && !answeredStatus.safeParse(status).success) {
        throw new ChannelError(
          'rejected',
          `WordPress at ${this.site.host} says comment ${id} is "${status}", which is not a WordPress comment status the console knows (a plugin's?); nothing was changed: moderate it on the site.`,
        );
      }
      throw new ChannelError(
        'unexpected',
        `WordPress at ${this.site.host} answered comment ${id} with something the console cannot read.`,
      );
    }
    return parsed.data;
  }

  /** Posts as the council unless the same words are already there under the same parent (a retried operation). */
  private async postOnce(place: CommentPlace, text: string): Promise<string | null> {
    const councilUserId = await this.councilUserId();
    const existing = await this.findCouncilComment(place, councilUserId, text);
    if (existing !== null) return String(existing);
    const answer = await this.site.send('POST', commentsPath, {
      body: { post: place.post, parent: place.parent, content: text },
    });
    // wp_allow_comment refuses the same words from the same author under the same parent: it is already there.
    if (answer.status === 409 && wordPressCode(answer) === 'comment_duplicate') return null;
    if (!succeeded(answer)) throw this.site.refusal(answer);
    const created = createdSchema.safeParse(answer.body);
    if (!created.success)
      throw new ChannelError(
        'unexpected',
        `WordPress at ${this.site.host} posted the comment but did not give its id.`,
      );
    return String(created.data.id);
  }

  private async findCouncilComment(place: CommentPlace, councilUserId: number, text: string): Promise<number | null> {
    // status=all is held plus approved; the newest hundred of the council's own comments there is plenty.
    const { body } = await this.site.call('GET', commentsPath, {
      query: {
        context: 'edit',
        status: moderatedComments,
        post: place.post,
        parent: place.parent,
        author: councilUserId,
        orderby: 'id',
        order: 'desc',
        per_page: 100,
      },
    });
    const wanted = sameWords(text);
    for (const candidate of Array.isArray(body) ? body : []) {
      const comment = councilCommentSchema.safeParse(candidate);
      if (comment.success && sameWords(comment.data.content.raw) === wanted) return comment.data.id;
    }
    return null;
  }
}

function succeeded(answer: WordPressAnswer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

/** WordPress may escape a lone & and trim when it saves a comment; compare the words, not the bytes. */
function sameWords(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}
