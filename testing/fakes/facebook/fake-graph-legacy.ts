// What the Graph API stopped serving to new apps on 4 November 2026, as the fake refuses it.

/**
 * "Starting November 4, 2026, new apps cannot use multi-ID requests, date/time formatting, HTTP method
 * override, field aliases, JSONP callbacks, or asynchronous batch requests … across all Graph API versions."
 * https://developers.facebook.com/blog/post/2026/11/04/introducing-graph-api-v27-and-marketing-api-v27/
 * The council's app is new to these features, so the fake refuses them on every version. The error Graph
 * answers with is not published; the fake uses Graph's envelope with code 100 (invalid parameter).
 */
export type LegacyFeature =
  | 'multi-id request'
  | 'field alias'
  | 'HTTP method override'
  | 'JSONP callback'
  | 'date/time formatting'
  | 'asynchronous batch request';

const legacyChecks: readonly { feature: LegacyFeature; used: (params: URLSearchParams) => boolean }[] = [
  // GET /?ids=1,2 or /{edge}?ids=…: several objects in one request.
  { feature: 'multi-id request', used: (params) => params.has('ids') },
  // fields=name.as(title): https://developers.facebook.com/docs/graph-api/field-expansion ("aliases").
  { feature: 'field alias', used: (params) => /\.as\(/.test(params.get('fields') ?? '') },
  // POST …?method=delete stood in for DELETE where a client could not send it.
  { feature: 'HTTP method override', used: (params) => params.has('method') },
  { feature: 'JSONP callback', used: (params) => params.has('callback') },
  { feature: 'date/time formatting', used: (params) => params.has('date_format') },
  {
    feature: 'asynchronous batch request',
    used: (params) => params.has('batch') && params.get('is_asynchronous') === 'true',
  },
];

/** The first legacy feature a request uses, or null. */
export function legacyFeatureOf(params: URLSearchParams): LegacyFeature | null {
  return legacyChecks.find((check) => check.used(params))?.feature ?? null;
}
