// The fake Twilio account's messages: filtered, ordered and paged as the Message list resource does it.
export interface FakeSms {
  sid: string;
  from: string;
  to: string;
  body: string;
  direction: 'inbound' | 'outbound-api';
  status: string;
  dateCreated: Date;
  /** Null until Twilio has sent (or fully received) it. */
  dateSent: Date | null;
  /** Fields overwritten in the JSON answer (undefined drops one): a malformed payload. */
  corrupt: Record<string, unknown> | null;
}

/** RFC 2822, as Twilio writes dates in JSON: "Mon, 10 Mar 2025 12:00:00 +0000". */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

export function messageJson(message: FakeSms, accountSid: string): Record<string, unknown> {
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}.json`;
  const json: Record<string, unknown> = {
    account_sid: accountSid,
    api_version: '2010-04-01',
    body: message.body,
    date_created: rfc2822(message.dateCreated),
    date_sent: message.dateSent ? rfc2822(message.dateSent) : null,
    date_updated: rfc2822(message.dateSent ?? message.dateCreated),
    direction: message.direction,
    error_code: null,
    error_message: null,
    from: message.from,
    messaging_service_sid: null,
    num_media: '0',
    num_segments: String(Math.max(1, Math.ceil(message.body.length / 153))),
    price: null,
    price_unit: 'GBP',
    sid: message.sid,
    status: message.status,
    subresource_uris: { media: uri.replace('.json', '/Media.json') },
    to: message.to,
    uri,
  };
  return message.corrupt ? { ...json, ...message.corrupt } : json;
}

/** DateSent, DateSent> and DateSent< take YYYY-MM-DD (a whole UTC day) or a full date-time. */
function dateBounds(query: URLSearchParams): { from: number; until: number } | 'invalid' {
  let from = Number.NEGATIVE_INFINITY;
  let until = Number.POSITIVE_INFINITY;
  for (const [name, value] of query) {
    if (name !== 'DateSent' && name !== 'DateSent>' && name !== 'DateSent<') continue;
    const wholeDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const start = Date.parse(wholeDay ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(start)) return 'invalid';
    const end = wholeDay ? start + 24 * 60 * 60 * 1000 : start + 1;
    if (name !== 'DateSent<') from = Math.max(from, start);
    if (name !== 'DateSent>') until = Math.min(until, end);
  }
  return { from, until };
}

export type MessageSelection = { messages: FakeSms[] } | { error: string };

/** Newest first by date_sent (not yet sent first of all), then by creation; To, From and DateSent filters. */
export function selectMessages(messages: readonly FakeSms[], query: URLSearchParams): MessageSelection {
  const bounds = dateBounds(query);
  if (bounds === 'invalid') return { error: 'DateSent' };
  const dated = query.has('DateSent') || query.has('DateSent>') || query.has('DateSent<');
  const to = query.get('To');
  const from = query.get('From');
  const chosen = messages.filter((message) => {
    if (to !== null && message.to !== to) return false;
    if (from !== null && message.from !== from) return false;
    if (!dated) return true;
    const sent = message.dateSent?.getTime();
    return sent !== undefined && sent >= bounds.from && sent < bounds.until;
  });
  const order = (message: FakeSms): number => message.dateSent?.getTime() ?? Number.POSITIVE_INFINITY;
  return {
    messages: chosen.sort(
      (a, b) => order(b) - order(a) || b.dateCreated.getTime() - a.dateCreated.getTime() || b.sid.localeCompare(a.sid),
    ),
  };
}

/** One page, as Twilio pages: Page and PageSize, and a PageToken naming the last message of the page before. */
export function pageOf(
  selected: readonly FakeSms[],
  query: URLSearchParams,
  listPath: string,
  accountSid: string,
): Record<string, unknown> {
  const pageSize = Math.min(1000, Math.max(1, Number(query.get('PageSize') ?? '50') || 50));
  const page = Math.max(0, Number(query.get('Page') ?? '0') || 0);
  const token = query.get('PageToken');
  const after = token?.startsWith('PA') ? selected.findIndex((message) => message.sid === token.slice(2)) : -1;
  const start = token && after >= 0 ? after + 1 : page * pageSize;
  const shown = selected.slice(start, start + pageSize);
  const filters = new URLSearchParams([...query].filter(([name]) => !['Page', 'PageSize', 'PageToken'].includes(name)));
  const uriOf = (number: number, extra: Record<string, string> = {}): string => {
    const params = new URLSearchParams(filters);
    params.set('PageSize', String(pageSize));
    params.set('Page', String(number));
    for (const [name, value] of Object.entries(extra)) params.set(name, value);
    return `${listPath}?${params.toString()}`;
  };
  const last = shown.at(-1);
  const hasMore = start + pageSize < selected.length;
  return {
    first_page_uri: uriOf(0),
    end: start + shown.length - 1,
    previous_page_uri: page > 0 ? uriOf(page - 1) : null,
    messages: shown.map((message) => messageJson(message, accountSid)),
    uri: uriOf(page, token ? { PageToken: token } : {}),
    page_size: pageSize,
    start,
    next_page_uri: hasMore && last ? uriOf(page + 1, { PageToken: `PA${last.sid}` }) : null,
    page,
  };
}
