// An X account's estimated spend this month, and the monthly cap that pauses its polling.
import { ukDate } from '../api/uk-time';
import { dollars, estimateXSpend, spendWords, usageMonth, xPricesOf } from '../core/x-spend';
import type { AccountRow } from '../store/accounts-repo';
import type { Store } from '../store/store';

export interface XSpend {
  amount: number;
  /** "About $3.42 this month" */
  words: string;
  cap: number | null;
  capReached: boolean;
}

/** The account's monthly cap in US dollars, when it has one. */
function capOf(settings: Readonly<Record<string, unknown>>): number | null {
  const cap = settings.monthlyCapUsd;
  return typeof cap === 'number' && Number.isFinite(cap) && cap >= 0 ? cap : null;
}

/** This month's estimate from what the connector read and wrote (counted in the store) at the account's prices. */
export function xSpendOf(store: Store, account: AccountRow, now: Date): XSpend | null {
  if (account.connector !== 'x') return null;
  const settings = store.accounts.config(account.id);
  const amount = estimateXSpend(store.usage.month(account.id, now), xPricesOf(settings));
  const cap = capOf(settings);
  return { amount, words: spendWords(amount), cap, capReached: cap !== null && amount >= cap };
}

/** The first moment of the next UTC month, when X's spend starts again from nothing. */
function nextMonth(now: Date): Date {
  const [year, month] = usageMonth(now).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 1));
}

/** Why polling waits (null: it may go on), in the clerk's words for the banner and the handover summary. */
export function xPollingHold(store: Store, account: AccountRow, now: Date): string | null {
  const spend = xSpendOf(store, account, now);
  if (!spend?.capReached || spend.cap === null) return null;
  return `Not fetching from X: this month's estimated spend, about ${dollars(spend.amount)}, has reached the cap of ${dollars(spend.cap)} set for this account. It starts again on ${ukDate(nextMonth(now))}, or raise the cap under Channels (Edit).`;
}
