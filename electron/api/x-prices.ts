// X's pay-per-use prices as the console meters them: the kinds of use, the published defaults, their settings.

/** What X bills, as the console meters it: a resource read (once per UTC day) or a request that writes. */
export const xUsageKinds = [
  'post-read',
  'own-post-read',
  'user-read',
  'dm-event-read',
  'post-create',
  'post-create-with-url',
  'dm-create',
] as const;
export type XUsageKind = (typeof xUsageKinds)[number];
export type XUsage = Partial<Record<XUsageKind, number>>;
export type XPrices = Record<XUsageKind, number>;

/**
 * Today's published prices in US dollars (https://docs.x.com/x-api/getting-started/pricing, "Credit consumption
 * details": Posts: Read $0.005 and User: Read, DM Event: Read $0.010 per resource; Content: Create and DM
 * Interaction: Create $0.015, Content: Create (with URL) $0.200 per request), and Owned Reads, "your own posts
 * … $0.001 per resource" (https://docs.x.com/overview). Each is an account setting: X changes them.
 */
export const publishedXPrices: XPrices = {
  'post-read': 0.005,
  'own-post-read': 0.001,
  'user-read': 0.01,
  'dm-event-read': 0.01,
  'post-create': 0.015,
  'post-create-with-url': 0.2,
  'dm-create': 0.015,
};

/** The account setting holding each price. */
export const xPriceSettings: Readonly<Record<XUsageKind, string>> = {
  'post-read': 'pricePostRead',
  'own-post-read': 'priceOwnPostRead',
  'user-read': 'priceUserRead',
  'dm-event-read': 'priceDmEventRead',
  'post-create': 'pricePostCreate',
  'post-create-with-url': 'pricePostCreateWithUrl',
  'dm-create': 'priceDmCreate',
};
