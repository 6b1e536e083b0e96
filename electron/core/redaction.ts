// Takes the sender's personal information out of an item before the clerk forwards it outside the Council.
import { findPersonalData } from './personal-data';

/** Everything the council knows the sender by, across all their channels. */
export interface RedactionSubject {
  names: string[];
  emails: string[];
  phones: string[];
  handles: string[];
}

export interface ForwardSource {
  subject: string | null;
  text: string;
  /** Email headers as received, e.g. From, Reply-To, Received, X-Originating-IP, Cookie, User-Agent, Message-ID. */
  headers?: Record<string, string>;
}

export type RedactionKind =
  'name' | 'email' | 'phone' | 'postcode' | 'street-address' | 'ip-address' | 'cookie-id' | 'handle';

export interface Redacted {
  subject: string | null;
  text: string;
  headers: Record<string, string>;
  /** What was taken out, per kind, in a fixed order; only kinds that were found. */
  removed: { kind: RedactionKind; count: number }[];
}

const placeholders: Record<RedactionKind, string> = {
  name: '[name removed]',
  email: '[email address removed]',
  phone: '[phone number removed]',
  postcode: '[postcode removed]',
  'street-address': '[street address removed]',
  'ip-address': '[IP address removed]',
  'cookie-id': '[cookie identifier removed]',
  handle: '[handle removed]',
};
const kindOrder = Object.keys(placeholders) as RedactionKind[];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Placeholders already in the text are left alone, so redacting twice changes nothing.
const placeholderPattern = new RegExp(Object.values(placeholders).map(escape).join('|'), 'g');
const isPlaceholder = (text: string): boolean => new RegExp(`^\\s*(?:${placeholderPattern.source})\\s*$`).test(text);

interface Span {
  kind: RedactionKind;
  start: number;
  end: number;
}
type Finder = (text: string) => Span[];

/** Spans of one capture group (or the whole match) of a pattern with the d flag. */
function spansOf(
  text: string,
  pattern: RegExp,
  kind: RedactionKind,
  group = 0,
  keep: (match: RegExpExecArray) => boolean = () => true,
): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const at = match.indices?.[group];
    if (at && keep(match)) spans.push({ kind, start: at[0], end: at[1] });
  }
  return spans;
}

// Words that are names as well as everyday English: redacted alone only when written as a name, with a capital.
const everydayWords = new Set(
  'will mark bill rose may hope grace frank joy dawn faith june april summer rich guy ray pat sue jack bob art dean earl hall king wood hill green white brown black young long little page bell cook baker mason park lane church field moss rice wells'.split(
    ' ',
  ),
);
// Titles, roles and parts of organisations' names: never a person's name on their own.
const notNames = new Set(
  'the and of mr mrs ms miss mx dr clerk deputy council parish councillor councillors cllr team office committee chair residents group association society club ltd limited homes regards thanks'.split(
    ' ',
  ),
);
const nameWord = String.raw`\p{Lu}[\p{L}'’-]+`;
const personName = new RegExp(String.raw`^(?:\p{Lu}\.?[ \t]+){0,2}${nameWord}(?:[ \t]+${nameWord}){0,2}$`, 'u');
const looksLikePersonName = (text: string): boolean =>
  personName.test(text) && !text.split(/\s+/).every((word) => notNames.has(word.toLowerCase().replace(/\.$/, '')));
const wholeWord = (body: string): string => String.raw`(?<![\p{L}\p{N}_])(?:${body})(?![\p{L}\p{N}_])`;
// "Mr Pritchard", "G Pritchard": the title or initial goes with the name.
const titleOrInitialBefore =
  /(?:(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+|(?<![\p{L}\p{N}])\p{Lu}(?:\.[ \t]?|[ \t]))$/u;

function senderNameFinder(names: readonly string[], isCouncil: (text: string) => boolean): Finder {
  const patterns: RegExp[] = [];
  for (const name of names.map((each) => each.trim()).filter((each) => /\p{L}/u.test(each) && !isCouncil(each))) {
    const words = name.split(/\s+/);
    if (words.length > 1) patterns.push(new RegExp(wholeWord(words.map(escape).join(String.raw`\s+`)), 'giud'));
    for (const word of words) {
      const lower = word.toLowerCase();
      if (!/^\p{L}[\p{L}'’-]*\p{L}$/u.test(word) || [...word.matchAll(/\p{L}/gu)].length < 3 || notNames.has(lower))
        continue;
      if (!everydayWords.has(lower)) patterns.push(new RegExp(wholeWord(escape(word)), 'giud'));
      else
        patterns.push(
          new RegExp(
            wholeWord(`${escape(lower.charAt(0).toUpperCase() + lower.slice(1))}|${escape(word.toUpperCase())}`),
            'gud',
          ),
        );
    }
  }
  return (text) =>
    patterns
      .flatMap((pattern) => spansOf(text, pattern, 'name'))
      .map((span) => {
        const title = titleOrInitialBefore.exec(text.slice(Math.max(0, span.start - 8), span.start));
        return title ? { ...span, start: span.start - title[0].length } : span;
      });
}

function senderPhoneFinder(phones: readonly string[], isCouncil: (text: string) => boolean): Finder {
  // The sender's own number in any spacing findPersonalData may miss, e.g. "07700.900.461".
  const patterns = phones
    .filter((phone) => !isCouncil(phone))
    .map((phone) => phone.replace(/\D/g, '').replace(/^(?:44|0)/, ''))
    .filter((digits) => digits.length >= 9)
    .map(
      (digits) =>
        new RegExp(
          String.raw`(?<![\d+])(?:(?:\+|00)\s*44\s*(?:\(0\)\s*)?|0)${digits.split('').join(String.raw`[\s.()-]*`)}(?!\d)`,
          'gd',
        ),
    );
  return (text) => patterns.flatMap((pattern) => spansOf(text, pattern, 'phone'));
}

function handleFinder(handles: readonly string[]): Finder {
  const patterns = handles
    .map((handle) => handle.trim().replace(/^@/, ''))
    .filter((handle) => handle.length >= 3)
    .map((handle) => new RegExp(String.raw`(?<![\p{L}\p{N}_.@-])@?${escape(handle)}(?![\p{L}\p{N}_])`, 'giud'));
  return (text) => patterns.flatMap((pattern) => spansOf(text, pattern, 'handle'));
}

// Analytics cookies, ad-click ids and session ids, in URLs or pasted cookie strings: only the value goes.
const trackingIds =
  /(?<![\w.-])(?:_ga\w*|_gid|_gat\w*|_gcl_\w+|_fbp|_fbc|PHPSESSID|JSESSIONID|ASP\.NET_SessionId|fbclid|gclid|dclid|msclkid|gbraid|wbraid|sid|sessionid|session_id|session|utm_id)=([^&\s#;,"'<>[\]]+)/dgi;
// Campaign parameters are usually words ("utm_source=newsletter"); only ids are taken.
const campaignIds = /(?<![\w.-])utm_[a-z]+=([^&\s#;,"'<>[\]]+)/dgi;
const cookieIdFinder: Finder = (text) => [
  ...spansOf(text, trackingIds, 'cookie-id', 1),
  ...spansOf(
    text,
    campaignIds,
    'cookie-id',
    1,
    (match) => /\d{5,}/.test(match[1] ?? '') || (match[1] ?? '').length >= 16,
  ),
];

const ipv6Candidate = /(?<![\w:.])(?:IPv6:)?[0-9a-f]*:[0-9a-f:]*(?:\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/dgi;
function isIPv6(candidate: string): boolean {
  let address = candidate.replace(/^IPv6:/i, '');
  const ipv4 = /(?<=^|:)\d{1,3}(?:\.\d{1,3}){3}$/.exec(address);
  if (ipv4) {
    if (!ipv4[0].split('.').every((octet) => Number(octet) <= 255)) return false;
    address = `${address.slice(0, ipv4.index)}0:0`;
  }
  const halves = address.split('::');
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (halves.length > 2 || !groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  // Times such as 10:15:00 and C++'s a::b are not addresses: eight groups, or three around a "::".
  return halves.length === 2 ? groups.length >= 3 : groups.length === 8;
}
const ipv6Finder: Finder = (text) => spansOf(text, ipv6Candidate, 'ip-address', 0, (match) => isIPv6(match[0]));

const octet = '(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)';
// Mail servers write the sender's IP into host names: "host-81-2-69-142.example.net".
const dashedIpFinder: Finder = (text) =>
  spansOf(text, new RegExp(`(?<!\\d)${octet}(?:-${octet}){3}(?![\\d-])`, 'gd'), 'ip-address');

function namesBesideAddressesFinder(councilEmails: ReadonlySet<string>): Finder {
  // "Gary Pritchard <gary@…>" anywhere, including quoted "On … wrote:" lines and forwarded From: lines.
  const namedAddress = new RegExp(
    String.raw`((?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,3}${nameWord})"?[ \t]*(?:<|\[mailto:)[ \t]*([^\s<>@]+@[^\s<>\]]+?)[ \t]*[>\]]`,
    'gud',
  );
  // "On Mon, 28 Sep 2026 at 21:14, Gary Pritchard wrote:": the name is the capitalised words before "wrote:".
  const attribution = new RegExp(
    String.raw`^[ \t>]*On\s.*?((?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,3}${nameWord})[ \t]*(?:(?:<|\[mailto:)([^\n]*?)[>\]][ \t]*)?wrote:[ \t]*$`,
    'gmud',
  );
  const keep = (match: RegExpExecArray): boolean =>
    looksLikePersonName(match[1] ?? '') &&
    !councilEmails.has(
      (match[2] ?? '')
        .replace(/^mailto:/, '')
        .trim()
        .toLowerCase(),
    );
  return (text) => [...spansOf(text, namedAddress, 'name', 1, keep), ...spansOf(text, attribution, 'name', 1, keep)];
}

const valediction =
  /^[ \t>]*(?:(?:kind|best|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks|thank\s+you|cheers|yours(?:\s+(?:sincerely|faithfully|truly))?|sincerely|best|namaste|all\s+the\s+best)[ \t]*[,.!]?/i;
/** Whoever signs off after "Regards," (on that line or the next), whether or not they are the sender. */
const signOffFinder: Finder = (text) => {
  const spans: Span[] = [];
  const lines = text.split('\n');
  let offset = 0;
  lines.forEach((line, index) => {
    const closing = valediction.exec(line);
    const sameLine = closing ? line.slice(closing[0].length) : '';
    if (closing && sameLine.trim() !== '') {
      const name = sameLine.trim();
      if (looksLikePersonName(name))
        spans.push({
          kind: 'name',
          start: offset + closing[0].length + sameLine.indexOf(name),
          end: offset + line.trimEnd().length,
        });
    } else if (closing && index + 1 < lines.length) {
      const next = lines[index + 1] ?? '';
      const name = next.replace(/^[ \t>]*/, '').trim();
      const start = offset + line.length + 1 + next.indexOf(name);
      if (looksLikePersonName(name)) spans.push({ kind: 'name', start, end: start + name.length });
    }
    offset += line.length + 1;
  });
  return spans;
};

/** Replaces what the finders found, earliest and then longest first, and counts it. */
function redactText(
  text: string,
  finders: readonly Finder[],
  count: (kind: RedactionKind, n?: number) => void,
): string {
  const taken: { kind: RedactionKind | null; start: number; end: number }[] = [
    ...text.matchAll(placeholderPattern),
  ].map((match) => ({ kind: null, start: match.index, end: match.index + match[0].length }));
  const found = finders.flatMap((finder) => finder(text)).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of found)
    if (!taken.some((other) => span.start < other.end && other.start < span.end)) taken.push(span);
  let result = '';
  let at = 0;
  for (const span of taken.sort((a, b) => a.start - b.start)) {
    if (span.kind === null) continue;
    result += text.slice(at, span.start) + placeholders[span.kind];
    at = span.end;
    count(span.kind);
  }
  return result + text.slice(at);
}

/** "A <a@x>, "B, C" <b@x>" → each mailbox, splitting only on commas outside quotes and angle brackets. */
function splitMailboxes(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    else if (char === '<') angled = true;
    else if (char === '>') angled = false;
    if (char === ',' && !quoted && !angled) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  return [...parts, current];
}

const addressHeaders = new Set([
  'from',
  'reply-to',
  'sender',
  'return-path',
  'to',
  'cc',
  'bcc',
  'delivered-to',
  'resent-from',
  'resent-to',
]);
// Technical headers with no one's details in them; scanning them would take message ids for email addresses.
const keptHeaders = new Set([
  'user-agent',
  'message-id',
  'in-reply-to',
  'references',
  'date',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);

/**
 * The item with the personal information of the sender (and of anyone else in it) replaced by placeholders such as
 * "[name removed]". The council's own contact details stay. Whether to redact at all (data consent) is the caller's choice.
 */
export function redactForForwarding(
  source: ForwardSource,
  subject: RedactionSubject,
  options: { councilContacts: readonly string[] },
): Redacted {
  const council = options.councilContacts;
  const councilEmails = new Set(
    council
      .flatMap((entry) => findPersonalData(entry))
      .filter((match) => match.kind === 'email')
      .map((match) => match.text.toLowerCase()),
  );
  const isCouncil = (text: string): boolean =>
    council.some((entry) => entry.trim().toLowerCase() === text.trim().toLowerCase());
  const counts = new Map<RedactionKind, number>();
  const count = (kind: RedactionKind, n = 1): void => void counts.set(kind, (counts.get(kind) ?? 0) + n);

  const finders: Finder[] = [
    cookieIdFinder,
    (text) => findPersonalData(text, { allowed: council }),
    ipv6Finder,
    senderPhoneFinder(subject.phones, isCouncil),
    handleFinder(subject.handles),
    senderNameFinder(subject.names, isCouncil),
    namesBesideAddressesFinder(councilEmails),
    signOffFinder,
  ];
  const redact = (text: string): string => redactText(text, finders, count);

  const redactMailbox = (mailbox: string): string => {
    const parts = /^(\s*)(.*?)(\s*<)([^>]*)(>\s*)$/s.exec(mailbox);
    if (!parts) return redact(mailbox);
    const [, lead = '', display = '', open = '', address = '', close = ''] = parts;
    if (councilEmails.has(address.trim().toLowerCase())) return mailbox;
    let name = display;
    if (display.includes('@')) name = redact(display);
    else if (display.trim() !== '' && !isPlaceholder(display)) {
      name = placeholders.name;
      count('name');
    }
    return lead + name + open + redact(address) + close;
  };

  const headers: Record<string, string> = {};
  for (const [header, value] of Object.entries(source.headers ?? {})) {
    const key = header.toLowerCase();
    if (keptHeaders.has(key) || isPlaceholder(value)) headers[header] = value;
    else if (key === 'cookie' || key === 'set-cookie') {
      // A Cookie header carries one identifier per name=value pair; Set-Cookie sets one, with attributes.
      count(
        'cookie-id',
        key === 'cookie' ? Math.max(1, value.split(';').filter((pair) => pair.includes('=')).length) : 1,
      );
      headers[header] = placeholders['cookie-id'];
    } else if (addressHeaders.has(key)) headers[header] = splitMailboxes(value).map(redactMailbox).join(',');
    else if (key === 'received') headers[header] = redactText(value, [...finders, dashedIpFinder], count);
    else headers[header] = redact(value);
  }

  return {
    subject: source.subject === null ? null : redact(source.subject),
    text: redact(source.text),
    headers,
    removed: kindOrder
      .filter((kind) => (counts.get(kind) ?? 0) > 0)
      .map((kind) => ({ kind, count: counts.get(kind) ?? 0 })),
  };
}
