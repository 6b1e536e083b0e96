// The fake Send API (POST /{page-id}/messages): one private reply per comment, answers inside the Messenger windows.
import {
  answerFailure,
  answerOk,
  type FakeAnswer,
  type FakeComment,
  type FakeConversation,
  type FakeMessage,
  type FakePerson,
} from './fake-graph-shapes';

export interface SendApiContext {
  page: FakePerson;
  now: number;
  comments: FakeComment[];
  conversations: FakeConversation[];
  privateReplies: Map<string, string>;
  /** The app was granted Meta's Human Agent permission. */
  humanAgent: boolean;
  /** People who turned off messages from the Page. */
  unavailable: ReadonlySet<string>;
  send(person: FakePerson, text: string): FakeMessage;
}

const day = 24 * 60 * 60_000;
const badParameter = (message: string): FakeAnswer =>
  answerFailure({ status: 400, type: 'OAuthException', code: 100, message: `(#100) ${message}` });

function objectParam(value: string | null): Record<string, unknown> | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Private Replies: recipient.comment_id, at most one per comment, within 7 days of it.
 * Otherwise recipient.id: a person who wrote to the Page in the last 24 hours (messaging_type RESPONSE).
 */
export function sendApiAnswer(context: SendApiContext, params: URLSearchParams): FakeAnswer {
  const recipient = objectParam(params.get('recipient'));
  const text = objectParam(params.get('message'))?.text;
  if (!recipient) return badParameter('param recipient must be non-empty.');
  if (typeof text !== 'string' || text.length === 0) return badParameter('param message must be non-empty.');
  if (typeof recipient.comment_id === 'string') return privateReply(context, recipient.comment_id, text);
  if (typeof recipient.id === 'string')
    return response(context, recipient.id, text, params.get('messaging_type'), params.get('tag'));
  return badParameter('param recipient must have id, comment_id or post_id.');
}

function privateReply(context: SendApiContext, commentId: string, text: string): FakeAnswer {
  const comment = context.comments.find((candidate) => candidate.id === commentId && !candidate.deleted);
  if (!comment) return badParameter(`Unsupported post request. Object with ID '${commentId}' does not exist.`);
  if (context.privateReplies.has(commentId)) {
    return answerFailure({
      status: 400,
      type: 'OAuthException',
      code: 10900,
      message: '(#10900) Activity already replied to',
    });
  }
  if (!comment.from || comment.from.id === context.page.id || context.now - comment.createdTime > 7 * day) {
    return answerFailure({
      status: 400,
      type: 'OAuthException',
      code: 10903,
      message: "(#10903) This activity can't be replied to",
    });
  }
  context.privateReplies.set(commentId, text);
  const message = context.send(comment.from, text);
  return answerOk({ recipient_id: comment.from.id, message_id: message.id });
}

const outsideWindow = (): FakeAnswer =>
  answerFailure({
    status: 400,
    type: 'OAuthException',
    code: 10,
    subcode: 2018278,
    message: '(#10) This message is sent outside of allowed window.',
  });

/**
 * RESPONSE (or UPDATE) within 24 hours of the person's last message; MESSAGE_TAG with tag HUMAN_AGENT within 7
 * days, only for an app with the Human Agent permission; code 10 / 2018278 outside the window, and 551 / 1545041
 * for someone who turned off messages. https://developers.facebook.com/docs/messenger-platform/reference/send-api/error-codes
 * The tags ACCOUNT_UPDATE, CONFIRMED_EVENT_UPDATE and POST_PURCHASE_UPDATE answer code 100 since 27 April 2026
 * (https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages#message-tags).
 * What Graph answers for HUMAN_AGENT without the permission is not published: the fake answers a code 10
 * permission error without the window's subcode.
 */
function response(
  context: SendApiContext,
  personId: string,
  text: string,
  messagingType: string | null,
  tag: string | null,
): FakeAnswer {
  if (messagingType !== 'RESPONSE' && messagingType !== 'UPDATE' && messagingType !== 'MESSAGE_TAG') {
    return badParameter('param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}.');
  }
  const conversation = context.conversations.find((candidate) => candidate.person.id === personId);
  const lastFromPerson = conversation?.messages.filter((message) => message.from.id === personId).at(-1);
  if (!conversation || !lastFromPerson) return badParameter('No matching user found');
  if (context.unavailable.has(personId))
    return answerFailure({
      status: 400,
      type: 'OAuthException',
      code: 551,
      subcode: 1545041,
      message: "(#551) This person isn't available right now.",
    });
  const age = context.now - lastFromPerson.createdTime;
  if (messagingType === 'MESSAGE_TAG') {
    if (!tag) return badParameter('param tag must be non-empty when messaging_type is MESSAGE_TAG.');
    if (['ACCOUNT_UPDATE', 'CONFIRMED_EVENT_UPDATE', 'POST_PURCHASE_UPDATE'].includes(tag))
      return badParameter('Invalid parameter');
    if (tag !== 'HUMAN_AGENT') return badParameter('param tag must be one of {HUMAN_AGENT, CUSTOMER_FEEDBACK}.');
    if (!context.humanAgent) {
      return answerFailure({
        status: 403,
        type: 'OAuthException',
        code: 10,
        message:
          '(#10) This message is sent outside of allowed window. You need the Human Agent permission to use the HUMAN_AGENT tag.',
      });
    }
    if (age > 7 * day) return outsideWindow();
  } else if (age > day) {
    return outsideWindow();
  }
  const message = context.send(conversation.person, text);
  return answerOk({ recipient_id: personId, message_id: message.id });
}
