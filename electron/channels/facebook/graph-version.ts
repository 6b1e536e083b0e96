// The Graph API version the console speaks, and what an address's version is, so a version bump keeps saved tokens.

/**
 * Graph API v27.0, released 4 November 2026 (versions stay available about two years: bump it with the
 * connector's tests). https://developers.facebook.com/blog/post/2026/11/04/introducing-graph-api-v27-and-marketing-api-v27/
 * and https://developers.facebook.com/documentation/development/graph-api/changelog (v27.0: November 4, 2026).
 */
export const graphApiVersion = 'v27.0';

const versionSegment = /\/v\d+\.\d+\/*$/;

/** The address without its trailing version segment: https://graph.facebook.com/v27.0 → https://graph.facebook.com. */
export function withoutGraphVersion(address: string): string {
  return address.replace(versionSegment, '');
}
