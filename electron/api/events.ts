// The one typed event stream from backend to renderer.
import type { Channel } from './domain';

export type ConsoleEvent =
  | { type: 'queue:changed'; cause: 'ingest'; channel: Channel; added: number }
  | { type: 'queue:changed'; cause: 'action'; itemIds: number[] }
  | { type: 'outbox:changed'; itemIds: number[] }
  /** An account's health or settings changed (a sync failed, credentials refused, reconnected). */
  | { type: 'accounts:changed'; accountIds: number[] }
  /** Someone else started working (the other window, or the other operator on this PC). */
  | { type: 'operator:changed'; operatorId: number };

export type EventListener = (event: ConsoleEvent) => void;
