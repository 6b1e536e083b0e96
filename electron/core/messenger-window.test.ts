import { describe, expect, it } from 'vitest';
import { messagingTypeFor, messengerWindow, messengerWindowWords } from './messenger-window';

// Thursday 3 Dec 2026, 18:02 in London (GMT): the person's last message.
const last = new Date('2026-12-03T18:02:00Z');
const at = (hours: number) => new Date(last.getTime() + hours * 3_600_000);

describe('the Messenger window', () => {
  it('answers within 24 hours of their last message, as a response, and says until when in UK time', () => {
    const window = messengerWindow(last, at(3), false);
    expect(messagingTypeFor(window)).toEqual({ messaging_type: 'RESPONSE' });
    expect(messengerWindowWords(window)).toEqual({
      window: 'You can answer until Friday 4 Dec, 18:02 (24 hours after their last message).',
      why: null,
      instead: null,
    });
    expect(messengerWindowWords(messengerWindow(last, at(3), true)).window).toBe(
      'You can answer until Friday 4 Dec, 18:02 (24 hours after their last message). After that, as a Human Agent reply, until Thursday 10 Dec, 18:02.',
    );
  });

  it('after 24 hours and up to 7 days, only as a Human Agent reply, and only with the permission', () => {
    const monday = at(24 * 4 + 15);
    const tagged = messengerWindow(last, monday, true);
    expect(messagingTypeFor(tagged)).toEqual({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    expect(messengerWindowWords(tagged).window).toBe(
      'Their 24 hours have passed: as a Human Agent reply you can answer until Thursday 10 Dec, 18:02 (7 days after their last message).',
    );

    const untagged = messengerWindow(last, monday, false);
    expect(messagingTypeFor(untagged)).toBeNull();
    expect(messengerWindowWords(untagged)).toMatchObject({
      window: null,
      why: 'Messenger closed on Friday 4 Dec, 18:02, 24 hours after their last message. With the Human Agent permission (a setting of the Facebook account) the Page could answer for 7 days.',
      instead: expect.stringContaining('mark it No action needed') as string,
    });
  });

  it('closes after 7 days even with the permission, and never opened for someone who never wrote', () => {
    expect(messengerWindowWords(messengerWindow(last, at(24 * 7), true)).why).toBe(
      'Messenger closed on Thursday 10 Dec, 18:02, 7 days after their last message.',
    );
    expect(messagingTypeFor(messengerWindow(null, at(1), true))).toBeNull();
  });

  it('counts in London time across the clocks changing', () => {
    // Saturday 24 Oct 2026 18:02 BST; the clocks go back on Sunday 25 Oct.
    const summer = new Date('2026-10-24T17:02:00Z');
    expect(messengerWindowWords(messengerWindow(summer, new Date('2026-10-24T20:00:00Z'), false)).window).toBe(
      'You can answer until Sunday 25 Oct, 17:02 (24 hours after their last message).',
    );
  });
});
