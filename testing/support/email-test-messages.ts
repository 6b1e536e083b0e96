// Raw RFC 822 emails for the connector's tests: what residents and the council really send.

export const councilAddress = 'clerk@parish.test';

/** A resident's plain-text complaint, quoted-printable, the start of a thread. */
export const potholeComplaint = `From: Ann Smith <Ann.Smith@Example.org>
To: Parish Council <clerk@parish.test>
Subject: Potholes on Church Lane
Date: Mon, 23 Nov 2026 09:15:00 +0000
Message-ID: <m1@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

The potholes on Church Lane are getting worse =E2=80=93 please fix them.
`;

/** The council's answer, from its own address. */
export const councilAnswer = `From: Parish Council <clerk@parish.test>
To: Ann Smith <ann.smith@example.org>
Subject: Re: Potholes on Church Lane
Date: Mon, 23 Nov 2026 11:00:00 +0000
Message-ID: <c1@parish.test>
In-Reply-To: <m1@example.org>
References: <m1@example.org>
Content-Type: text/plain; charset=us-ascii

Thank you, we have reported them to the county.
`;

/** The resident's follow-up, threaded under the council's answer. */
export const residentFollowUp = `From: ann.smith@example.org
To: clerk@parish.test
Subject: Re: Potholes on Church Lane
Date: Tue, 24 Nov 2026 08:30:00 +0000
Message-ID: <m2@example.org>
In-Reply-To: <c1@parish.test>
References: <m1@example.org>
 <c1@parish.test>
Content-Type: text/plain; charset=us-ascii

Still not fixed.
`;

/** HTML and text alternatives, an encoded-word subject, a PDF attachment of 12,345 bytes. */
export function newsletterWithAttachment(): string {
  const pdf = Buffer.alloc(12_345, 7)
    .toString('base64')
    .replace(/(.{76})/g, '$1\n');
  return `From: =?UTF-8?Q?Caf=C3=A9_on_the_Green?= <hello@cafe.example>
To: clerk@parish.test
Subject: =?UTF-8?Q?Caf=C3=A9_opening_hours?=
Date: Wed, 25 Nov 2026 14:00:00 +0100
Message-ID: <news-7@cafe.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

${Buffer.from('Hello council, the café opens at 8.').toString('base64')}
--inner
Content-Type: text/html; charset=utf-8

<p>Hello <b>council</b>, the caf&eacute; opens at 8.</p>
--inner--
--outer
Content-Type: application/pdf; name="minutes.pdf"
Content-Disposition: attachment; filename="minutes.pdf"
Content-Transfer-Encoding: base64

${pdf}
--outer--
`;
}

/** HTML only inside multipart, no Message-ID, and a Date header no one can read. */
export const htmlOnlyWithoutId = `From: Bob <bob@example.net>
To: clerk@parish.test
Subject: Bins
Date: sometime last week
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/html; charset=utf-8

<html><head><style>p{color:red}</style></head><body><p>The bins were&nbsp;not collected.</p><ul><li>Mill Road</li></ul></body></html>
--b1--
`;

/** Not an email a person sent: no From, no headers to speak of. */
export const malformed = `this is not an email at all
just some bytes a broken gateway dropped in the inbox
`;

export function simpleEmail(n: number, from = 'resident@example.org'): string {
  return `From: ${from}
To: clerk@parish.test
Subject: Message ${n}
Date: Thu, 26 Nov 2026 10:00:00 +0000
Message-ID: <bulk-${n}@example.org>
Content-Type: text/plain; charset=us-ascii

Body of message ${n}.
`;
}
