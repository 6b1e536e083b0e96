// The words WordPress uses for a comment's status: one set in its answers, another in queries and updates.
import { z } from 'zod';

/*
 * From WP_REST_Comments_Controller (wordpress-develop, src/wp-includes/rest-api/endpoints/
 * class-wp-rest-comments-controller.php):
 * - answers: prepare_status_response() turns comment_approved '1' into 'approved' and '0' into 'hold';
 *   'spam', 'trash' (and 'post-trashed', when the post went to the bin) pass through as stored.
 * - queries: get_collection_params() 'status' defaults to 'approve' and goes to WP_Comment_Query, which reads
 *   'hold' (0), 'approve' (1), 'all' (both), 'any' (everything) and otherwise the stored word: 'approved' there
 *   matches no comment at all. The parameter is sanitize_key()'d, so a comma list does not survive.
 * - updates: handle_status_param() takes 'approved'/'approve'/'1', 'hold'/'0', 'spam', 'unspam', 'trash',
 *   'untrash', and answers false (500 rest_comment_failed_edit) when the status would not change.
 */

/** What a comment's `status` says in an answer. */
export const answeredStatus = z.enum(['approved', 'hold', 'spam', 'trash', 'post-trashed']);
export type AnsweredStatus = z.infer<typeof answeredStatus>;

/** What `status=` takes in a comment list query. */
export const queryStatus = z.enum(['approve', 'hold', 'all', 'any', 'spam', 'trash']);
export type QueryStatus = z.infer<typeof queryStatus>;

/** What `{ status }` takes in POST /wp/v2/comments/{id}; the console sends only these words. */
export const updateStatus = z.enum(['approve', 'hold', 'spam', 'unspam', 'trash', 'untrash']);
export type UpdateStatus = z.infer<typeof updateStatus>;

/** Held and approved comments in one list, in one date order: what the console moderates. */
export const moderatedComments: QueryStatus = 'all';

/** The update that makes each change, and the answered status in which it is still to be made. */
export const statusChanges = {
  spam: { send: 'spam', neededWhen: (status: AnsweredStatus) => status !== 'spam' },
  unspam: { send: 'unspam', neededWhen: (status: AnsweredStatus) => status === 'spam' },
  untrash: { send: 'untrash', neededWhen: (status: AnsweredStatus) => status === 'trash' },
} as const satisfies Record<string, { send: UpdateStatus; neededWhen: (status: AnsweredStatus) => boolean }>;
