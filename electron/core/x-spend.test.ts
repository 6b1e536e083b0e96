import { describe, expect, it } from 'vitest';
import { dollars, estimateXSpend, publishedXPrices, spendWords, usageDay, usageMonth, xPricesOf } from './x-spend';

describe('X spend', () => {
  it('prices each kind of use at X’s published rate unless the account sets its own', () => {
    expect(
      estimateXSpend(
        {
          'post-read': 100,
          'user-read': 40,
          'dm-event-read': 10,
          'post-create': 3,
          'post-create-with-url': 1,
          'dm-create': 2,
          'own-post-read': 100,
        },
        publishedXPrices,
      ),
    ).toBeCloseTo(100 * 0.005 + 40 * 0.01 + 10 * 0.01 + 3 * 0.015 + 0.2 + 2 * 0.015 + 100 * 0.001, 10);
    const prices = xPricesOf({ pricePostRead: 0.006, priceUserRead: 'not a number', priceDmCreate: -1 });
    expect(prices).toMatchObject({ 'post-read': 0.006, 'user-read': 0.01, 'dm-create': 0.015 });
  });

  it('says the estimate as a clerk reads it', () => {
    expect(spendWords(3.4249)).toBe('About $3.42 this month');
    expect(spendWords(0)).toBe('Nothing spent on X this month');
    expect(dollars(0.001)).toBe('under $0.01');
  });

  it('counts days and months in UTC, as X does', () => {
    const justAfterMidnightInLondonSummer = new Date('2026-07-31T23:30:00Z');
    expect(usageDay(justAfterMidnightInLondonSummer)).toBe('2026-07-31');
    expect(usageMonth(justAfterMidnightInLondonSummer)).toBe('2026-07');
  });
});
