// When the Page may still answer a Messenger conversation, counted from the person's last message.
import { ukWeekdayAndTime } from '../api/uk-time';

/**
 * Send API: messaging_type RESPONSE within 24 hours of the person's last message; after that only a message
 * tag, and the one for a person answering is HUMAN_AGENT, "within 7 days after a user message", which needs
 * the Human Agent permission (App Review).
 * https://developers.facebook.com/docs/messenger-platform/reference/send-api/ (messaging_type, tag) and
 * https://developers.facebook.com/docs/messenger-platform/send-messages/message-tags (Human Agent).
 */
export const standardWindowMs = 24 * 3_600_000;
export const humanAgentWindowMs = 7 * 24 * 3_600_000;

export type MessengerWindow =
  | { kind: 'standard'; until: Date; humanAgentUntil: Date | null }
  | { kind: 'human-agent'; until: Date }
  | { kind: 'closed'; closedAt: Date; humanAgent: boolean }
  | { kind: 'not-written' };

/** `lastFromPerson`: their latest message in the conversation (not the one being answered, if older). */
export function messengerWindow(lastFromPerson: Date | null, now: Date, humanAgent: boolean): MessengerWindow {
  if (lastFromPerson === null) return { kind: 'not-written' };
  const standardEnds = new Date(lastFromPerson.getTime() + standardWindowMs);
  const humanAgentEnds = new Date(lastFromPerson.getTime() + humanAgentWindowMs);
  if (now < standardEnds)
    return { kind: 'standard', until: standardEnds, humanAgentUntil: humanAgent ? humanAgentEnds : null };
  if (humanAgent && now < humanAgentEnds) return { kind: 'human-agent', until: humanAgentEnds };
  return { kind: 'closed', closedAt: humanAgent ? humanAgentEnds : standardEnds, humanAgent };
}

/** What the Send API is asked for in this window; null when nothing may be sent. */
export function messagingTypeFor(
  window: MessengerWindow,
): { messaging_type: 'RESPONSE' } | { messaging_type: 'MESSAGE_TAG'; tag: 'HUMAN_AGENT' } | null {
  if (window.kind === 'standard') return { messaging_type: 'RESPONSE' };
  if (window.kind === 'human-agent') return { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' };
  return null;
}

export interface WindowWords {
  /** Shown beside the Messenger reply: which window applies, in UK time. */
  window: string | null;
  /** Why it cannot be sent, when it cannot. */
  why: string | null;
  /** What the clerk can do instead, when nothing can be sent. */
  instead: string | null;
}

const instead =
  'Facebook delivers nothing more until they write again: mark it No action needed, or answer another way if Sender history has their email or phone (the "email the Clerk" reply cannot go on Messenger either).';

export function messengerWindowWords(window: MessengerWindow): WindowWords {
  switch (window.kind) {
    case 'standard': {
      const then = window.humanAgentUntil
        ? ` After that, as a Human Agent reply, until ${ukWeekdayAndTime(window.humanAgentUntil)}.`
        : '';
      return {
        window: `You can answer until ${ukWeekdayAndTime(window.until)} (24 hours after their last message).${then}`,
        why: null,
        instead: null,
      };
    }
    case 'human-agent':
      return {
        window: `Their 24 hours have passed: as a Human Agent reply you can answer until ${ukWeekdayAndTime(window.until)} (7 days after their last message).`,
        why: null,
        instead: null,
      };
    case 'closed': {
      const span = window.humanAgent ? '7 days' : '24 hours';
      const hint = window.humanAgent
        ? ''
        : ' With the Human Agent permission (a setting of the Facebook account) the Page could answer for 7 days.';
      return {
        window: null,
        why: `Messenger closed on ${ukWeekdayAndTime(window.closedAt)}, ${span} after their last message.${hint}`,
        instead,
      };
    }
    case 'not-written':
      return {
        window: null,
        why: 'They have not written to the Page on Messenger, so Facebook lets the Page send nothing.',
        instead,
      };
  }
}
