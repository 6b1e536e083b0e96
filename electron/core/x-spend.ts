// What the council's X account costs under X's pay-per-use pricing, from what the console read and wrote.
import { publishedXPrices, xPriceSettings, xUsageKinds, type XPrices, type XUsage } from '../api/x-prices';

export {
  publishedXPrices,
  xPriceSettings,
  xUsageKinds,
  type XPrices,
  type XUsage,
  type XUsageKind,
} from '../api/x-prices';

/** The prices an account uses: its own settings where given, X's published ones otherwise. */
export function xPricesOf(settings: Readonly<Record<string, unknown>>): XPrices {
  const prices = { ...publishedXPrices };
  for (const kind of xUsageKinds) {
    const set = settings[xPriceSettings[kind]];
    if (typeof set === 'number' && Number.isFinite(set) && set >= 0) prices[kind] = set;
  }
  return prices;
}

/** The estimate in US dollars, to the cent's fraction (rounded only when shown). */
export function estimateXSpend(usage: XUsage, prices: XPrices): number {
  return xUsageKinds.reduce((total, kind) => total + (usage[kind] ?? 0) * prices[kind], 0);
}

/** "$3.42", "under $0.01" */
export function dollars(amount: number): string {
  if (amount > 0 && amount < 0.005) return 'under $0.01';
  return `$${amount.toFixed(2)}`;
}

/** "About $3.42 this month" */
export function spendWords(amount: number): string {
  return amount === 0 ? 'Nothing spent on X this month' : `About ${dollars(amount)} this month`;
}

/** The calendar month X's day windows run in (UTC), e.g. '2026-12'. */
export function usageMonth(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** The UTC day inside which X charges a resource read again only once, e.g. '2026-12-02'. */
export function usageDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
