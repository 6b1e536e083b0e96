// A small sample parish for tests: a council post with replies, an email thread, an SMS, a DM.
export function smallSample(): { items: Record<string, unknown>[] } {
  return {
    items: [
      {
        channel: 'facebook', kind: 'comment', id: 'post_1', fromCouncil: true,
        author: { id: 'page_1', name: 'Ashcombe Parish Council' },
        text: 'Bin collections move to Thursdays from next week.', receivedAt: '2026-11-01T09:00:00Z', threadId: 'post_1',
      },
      {
        channel: 'facebook', kind: 'comment', id: 'post_1_c1', parentId: 'post_1', threadId: 'post_1',
        author: { id: 'fb_100047', name: 'Gary Pritchard' },
        text: 'About time the bins were sorted. Mill Lane pothole next please.', receivedAt: '2026-11-01T10:15:00Z',
      },
      {
        channel: 'facebook', kind: 'comment', id: 'post_1_c2', parentId: 'post_1', threadId: 'post_1',
        author: { id: 'fb_100052', name: 'Janet Okafor' },
        text: 'Thank you for the allotment update, very helpful.', receivedAt: '2026-11-02T08:00:00Z',
      },
      {
        channel: 'email', kind: 'email', id: '<a1@mail.example.net>', threadId: '<a1@mail.example.net>',
        author: { id: 'ruth.m@example.net', name: 'Ruth Marlow', email: 'ruth.m@example.net' },
        subject: 'Streetlight out on Station Road', text: 'The streetlight outside number 12 has been out for a week.',
        receivedAt: '2026-11-03T07:30:00+01:00',
      },
      {
        channel: 'email', kind: 'email', id: '<a2@mail.example.net>', threadId: '<a1@mail.example.net>', parentId: '<a1@mail.example.net>',
        author: { id: 'ruth.m@example.net', name: 'Ruth Marlow', email: 'ruth.m@example.net' },
        subject: 'Re: Streetlight out on Station Road', text: 'Still out tonight.\n> The streetlight outside number 12 has been out for a week.',
        receivedAt: '2026-11-05T19:00:00Z',
      },
      {
        channel: 'sms', kind: 'sms', id: 'SM0123456789abcdef0123456789abcdef',
        author: { id: '+447700900461', name: '+447700900461', phone: '+447700900461' },
        text: 'Is the defibrillator at the hall working again?', receivedAt: '2026-11-04T12:00:00Z',
      },
      {
        channel: 'x', kind: 'dm', id: '1855512345678901234',
        author: { id: '2210045', name: 'Gary Pritchard', handle: '@gazza_ashcombe' },
        text: 'Why was my comment about the precept ignored?', receivedAt: '2026-11-06T21:45:00Z',
      },
    ],
  };
}
