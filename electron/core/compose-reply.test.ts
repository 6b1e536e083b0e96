import { describe, expect, it } from 'vitest';
import { composeReply, privateReplyRefusal, type ReplyOriginal } from './compose-reply';

const original = (channel: string, extra: Partial<ReplyOriginal> = {}): ReplyOriginal => ({
  channel,
  externalId: 'ext-1',
  authorName: 'Ruth Marlow',
  subject: null,
  text: 'The streetlight outside number 12 has been out for a week.',
  receivedAt: '2026-11-03T06:30:00Z',
  ancestors: [],
  ...extra,
});

describe('composeReply', () => {
  it('answers an email with Re:, the quoted original and the threading headers of RFC 5322', () => {
    const reply = composeReply(
      'email',
      'Thank you, we have reported it.',
      original('email', {
        externalId: '<a2@mail.example.net>',
        subject: 'Re: Streetlight out',
        ancestors: ['<a1@mail.example.net>'],
      }),
      null,
    );
    expect(reply.subject).toBe('Re: Streetlight out');
    expect(reply.inReplyTo).toBe('<a2@mail.example.net>');
    expect(reply.references).toEqual(['<a1@mail.example.net>', '<a2@mail.example.net>']);
    expect(reply.body).toBe(
      'Thank you, we have reported it.\n\nOn 3 November 2026 at 06:30, Ruth Marlow wrote:\n> The streetlight outside number 12 has been out for a week.',
    );
    expect(reply.problems).toEqual([]);
  });

  it("puts the operator's signature under an email reply, above the quoted message", () => {
    const reply = composeReply(
      'email',
      'We have reported it.',
      original('email', { externalId: '<a2@x>' }),
      null,
      'Margaret Dawes\nClerk to Ashcombe Parish Council',
    );
    expect(reply.body).toBe(
      'We have reported it.\n\nMargaret Dawes\nClerk to Ashcombe Parish Council\n\nOn 3 November 2026 at 06:30, Ruth Marlow wrote:\n> The streetlight outside number 12 has been out for a week.',
    );
  });

  it('refuses an X reply over 280 weighted characters, counting a link as 23', () => {
    const fits = `${'a'.repeat(256)} https://ashcombe-pc.example.org/policy/social-media-and-electronic-communication`;
    expect(composeReply('public-reply', fits, original('x'), 280)).toMatchObject({
      measure: { kind: 'x', used: 280, limit: 280 },
      problems: [],
    });
    const over = composeReply('public-reply', `${fits}!`, original('x'), 280);
    expect(over.problems).toEqual(['X allows 280 characters and this reply is 281 (links count as 23): shorten it.']);
  });

  it('measures an SMS reply in segments, and refuses one past the limit', () => {
    expect(composeReply('sms', 'a'.repeat(161), original('sms'), 918).measure).toMatchObject({
      kind: 'sms',
      segments: 2,
      encoding: 'GSM-7',
    });
    expect(composeReply('sms', 'a'.repeat(919), original('sms'), 918).problems[0]).toMatch(/limited to 918 characters/);
  });

  it('never sends braces: a placeholder left in the text is a problem', () => {
    expect(composeReply('public-reply', 'Please email {{clerkEmail}}', original('facebook'), 8000).problems).toEqual([
      'The reply still has {{clerkEmail}} in it: fill it in (or set the value under Policy settings) before sending.',
    ]);
    expect(composeReply('public-reply', '   ', original('facebook'), 8000).problems).toEqual(['The reply is empty.']);
  });
});

describe('privateReplyRefusal', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  it('allows one private reply within 7 days of the comment', () => {
    expect(privateReplyRefusal('2026-11-17T10:00:00Z', false, now)).toBeNull();
    expect(privateReplyRefusal('2026-11-17T09:59:59Z', false, now)).toMatch(/within 7 days/);
    expect(privateReplyRefusal('2026-11-23T10:00:00Z', true, now)).toMatch(/one private reply per comment/);
  });
});
