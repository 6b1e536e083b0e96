import { describe, expect, it } from 'vitest';
import { redactForForwarding, type ForwardSource, type RedactionSubject } from './redaction';

const councilContacts = [
  'clerk@ashcombe-pc.example.org',
  '01632 960000',
  'Parish Office, 12 Church Road, Ashcombe AC4 7AA',
];
const gary: RedactionSubject = {
  names: ['Gary Pritchard'],
  emails: ['gary.pritchard@example.net'],
  phones: ['+447700900461'],
  handles: ['@gazza_ashcombe'],
};
const nobody: RedactionSubject = { names: [], emails: [], phones: [], handles: [] };
const redact = (source: ForwardSource, subject: RedactionSubject = gary) =>
  redactForForwarding(source, subject, { councilContacts });
const redactText = (text: string, subject: RedactionSubject = gary) => redact({ subject: null, text }, subject).text;

const garysEmail: ForwardSource = {
  subject: 'Parking outside 4 Fernley Road - Gary Pritchard',
  text: [
    'Dear Clerk,',
    '',
    "I'm Gary Pritchard and I want this passed to the councillors. My neighbour at 4 Fernley Road, AC4 8NN parks on the verge.",
    'Ring me on 07700 900461 or follow me @gazza_ashcombe. Photos: https://photos.example.net/album?id=77&_ga=GA1.2.123.456&utm_source=newsletter',
    '',
    'Councillors can reply to clerk@ashcombe-pc.example.org or ring the office on 01632 960000.',
    '',
    'Regards,',
    'Gary',
    '',
    '> On Mon, 21 Sep 2026 at 09:02, Gary Pritchard <gary.pritchard@example.net> wrote:',
    '> Mr Pritchard here again. Still waiting. gary.pritchard@example.net',
    '>> On 20 Sep 2026, Margaret Ellis <clerk@ashcombe-pc.example.org> wrote:',
    '>> Thank you, Mr Pritchard, we have noted your concern.',
  ].join('\n'),
  headers: {
    From: '"Gary Pritchard" <gary.pritchard@example.net>',
    'Reply-To': 'gary.pritchard@example.net',
    To: 'Ashcombe Parish Council <clerk@ashcombe-pc.example.org>',
    Cc: 'Sandra Whitlock <sandra.whitlock@example.com>, clerk@ashcombe-pc.example.org',
    Received:
      'from host-81-2-69-142.example.net [81.2.69.142] by mx.ashcombe-pc.example.org; Mon, 28 Sep 2026 21:14:03 +0100',
    'X-Originating-IP': '[81.2.69.142]',
    'X-Forwarded-For': '2001:db8:85a3::8a2e:370:7334, 81.2.69.142',
    Cookie: '_ga=GA1.2.123.456; PHPSESSID=9f8e7d6c5b4a',
    'Set-Cookie': 'sid=abc123def456; Path=/; HttpOnly',
    'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36',
    'Message-ID': '<b74bbdf586011fb9@mail.example.net>',
    'X-Sender-Note': 'sent by Gary from 81.2.69.142',
  },
};

describe('redactForForwarding', () => {
  it("takes Gary Pritchard's details out of his email, its quoted trail and its subject, leaving the council's own", () => {
    const result = redact(garysEmail);
    expect(result.subject).toBe('Parking outside [street address removed] - [name removed]');
    expect(result.text).toBe(
      [
        'Dear Clerk,',
        '',
        "I'm [name removed] and I want this passed to the councillors. My neighbour at [street address removed], [postcode removed] parks on the verge.",
        'Ring me on [phone number removed] or follow me [handle removed]. Photos: https://photos.example.net/album?id=77&_ga=[cookie identifier removed]&utm_source=newsletter',
        '',
        'Councillors can reply to clerk@ashcombe-pc.example.org or ring the office on 01632 960000.',
        '',
        'Regards,',
        '[name removed]',
        '',
        '> On Mon, 21 Sep 2026 at 09:02, [name removed] <[email address removed]> wrote:',
        '> [name removed] here again. Still waiting. [email address removed]',
        '>> On 20 Sep 2026, Margaret Ellis <clerk@ashcombe-pc.example.org> wrote:',
        '>> Thank you, [name removed], we have noted your concern.',
      ].join('\n'),
    );
  });

  it('redacts names, addresses, IPs and cookies in the headers, keeping User-Agent, Message-ID and the council', () => {
    expect(redact(garysEmail).headers).toEqual({
      From: '[name removed] <[email address removed]>',
      'Reply-To': '[email address removed]',
      To: 'Ashcombe Parish Council <clerk@ashcombe-pc.example.org>',
      Cc: '[name removed] <[email address removed]>, clerk@ashcombe-pc.example.org',
      Received:
        'from host-[IP address removed].example.net [[IP address removed]] by mx.ashcombe-pc.example.org; Mon, 28 Sep 2026 21:14:03 +0100',
      'X-Originating-IP': '[[IP address removed]]',
      'X-Forwarded-For': '[IP address removed], [IP address removed]',
      Cookie: '[cookie identifier removed]',
      'Set-Cookie': '[cookie identifier removed]',
      'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36',
      'Message-ID': '<b74bbdf586011fb9@mail.example.net>',
      'X-Sender-Note': 'sent by [name removed] from [IP address removed]',
    });
  });

  it('counts what was removed per kind, in a fixed order', () => {
    expect(redact(garysEmail).removed).toEqual([
      { kind: 'name', count: 9 },
      { kind: 'email', count: 5 },
      { kind: 'phone', count: 1 },
      { kind: 'postcode', count: 1 },
      { kind: 'street-address', count: 2 },
      { kind: 'ip-address', count: 6 },
      { kind: 'cookie-id', count: 4 },
      { kind: 'handle', count: 1 },
    ]);
  });

  it('is idempotent: redacting the redacted item changes nothing and removes nothing more', () => {
    const once = redact(garysEmail);
    const twice = redact({ subject: once.subject, text: once.text, headers: once.headers });
    expect(twice).toEqual({ subject: once.subject, text: once.text, headers: once.headers, removed: [] });
  });

  it('leaves a message with nothing personal in it exactly as it was', () => {
    const text =
      'Please mark the date: application 26/01234/FUL for 42 houses on Fernley Meadow is discussed on 13 October 2026 at 19:30:00 in the Parish Office, 12 Church Road, Ashcombe AC4 7AA. Councillor Fenwick will chair. Email clerk@ashcombe-pc.example.org or ring 01632 960000.\n\nThanks,\nhope to see you there';
    expect(
      redact({
        subject: 'Planning meeting',
        text,
        headers: { 'User-Agent': 'Thunderbird/128.0', Date: 'Mon, 28 Sep 2026 21:14:03 +0100' },
      }),
    ).toEqual({
      subject: 'Planning meeting',
      text,
      headers: { 'User-Agent': 'Thunderbird/128.0', Date: 'Mon, 28 Sep 2026 21:14:03 +0100' },
      removed: [],
    });
  });

  it("finds the sender's name in any case, with a title or initial, but only as a whole word", () => {
    expect(
      redactText('GARY and gary and Mr Pritchard, signed G Pritchard, G.Pritchard. Garyville and Pritchardson stay.'),
    ).toBe(
      '[name removed] and [name removed] and [name removed], signed [name removed], [name removed]. Garyville and Pritchardson stay.',
    );
  });

  it('redacts a first name that is also an everyday word only when it is written as a name', () => {
    const mark: RedactionSubject = { ...nobody, names: ['Mark Rowe'] };
    expect(redactText('I will mark it on the map. Mark said so. Ask Rowe.', mark)).toBe(
      'I will mark it on the map. [name removed] said so. Ask [name removed].',
    );
  });

  it('redacts whoever signs off, and names beside an address, but not a councillor named in passing', () => {
    const text =
      'Councillor Fenwick knows. Copy to Alan Moorcroft <alan@example.com>.\n\nKind regards,\nSandra Whitlock\n\nCheers, Tony\n\nYours sincerely\nA. N. Other';
    expect(redactText(text, nobody)).toBe(
      'Councillor Fenwick knows. Copy to [name removed] <[email address removed]>.\n\nKind regards,\n[name removed]\n\nCheers, [name removed]\n\nYours sincerely\n[name removed]',
    );
  });

  it("redacts the attribution line's name even without an address", () => {
    expect(redactText('>> On 20 Sep 2026, Sandra Whitlock wrote:\n>> It floods.', nobody)).toBe(
      '>> On 20 Sep 2026, [name removed] wrote:\n>> It floods.',
    );
  });

  it("redacts anyone's email and phone, and the sender's number however it is written", () => {
    expect(
      redactText(
        'Tony is on 07700 900410 or tony@example.org; Gary texts from 07700.900.461 and +44 (0)7700 900461.',
        nobody,
      ),
    ).toBe(
      'Tony is on [phone number removed] or [email address removed]; Gary texts from 07700.900.461 and [phone number removed].',
    );
    expect(redactText('Gary texts from 07700.900.461.', { ...nobody, phones: ['+447700900461'] })).toBe(
      'Gary texts from [phone number removed].',
    );
  });

  it("redacts the sender's handle, also inside a link, and IPv6 addresses but not clock times", () => {
    expect(
      redactText('See https://x.com/gazza_ashcombe/status/1 posted from 2001:db8::1 at 10:15:00.', {
        ...nobody,
        handles: ['@gazza_ashcombe'],
      }),
    ).toBe('See https://x.com/[handle removed]/status/1 posted from [IP address removed] at 10:15:00.');
    expect(redactText('Relayed for ::ffff:192.0.2.1 and [IPv6:2001:db8:85a3::7334]; see std::vector.', nobody)).toBe(
      'Relayed for [IP address removed] and [[IP address removed]]; see std::vector.',
    );
  });

  it('redacts tracking and session ids in links, but not campaign words', () => {
    const link =
      'https://example.net/p?fbclid=IwAR2xYz&gclid=Cj0KCQjw&PHPSESSID=abc123&session=77aa&utm_campaign=autumn&utm_content=1234567890';
    expect(redactText(link, nobody)).toBe(
      'https://example.net/p?fbclid=[cookie identifier removed]&gclid=[cookie identifier removed]&PHPSESSID=[cookie identifier removed]&session=[cookie identifier removed]&utm_campaign=autumn&utm_content=[cookie identifier removed]',
    );
  });

  it('scans an unknown header like text and keeps a To with only the council in it', () => {
    const result = redact({
      subject: null,
      text: '',
      headers: { To: 'clerk@ashcombe-pc.example.org', 'X-Contact': 'Gary on 07700 900461' },
    });
    expect(result.headers).toEqual({
      To: 'clerk@ashcombe-pc.example.org',
      'X-Contact': '[name removed] on [phone number removed]',
    });
    expect(result.removed).toEqual([
      { kind: 'name', count: 1 },
      { kind: 'phone', count: 1 },
    ]);
  });
});
