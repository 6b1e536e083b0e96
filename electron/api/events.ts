// The one typed event stream from backend to renderer.
import type { Channel } from './domain';

export type ConsoleEvent =
  | { type: 'queue:changed'; cause: 'ingest'; channel: Channel; added: number }
  | { type: 'queue:changed'; cause: 'action'; itemIds: number[] }
  | { type: 'outbox:changed'; itemIds: number[] }
  /** An account's health or settings changed (a sync failed, credentials refused, reconnected). */
  | { type: 'accounts:changed'; accountIds: number[] }
  /** Someone else started working (the other window, or the other operator on this PC). */
  | { type: 'operator:changed'; operatorId: number }
  /**
   * Browser mode: the event stream has just (re)connected. Anything may have changed while it was
   * not listening (before the page's first connection, or while the server or laptop slept), so
   * whatever a view shows should be fetched again. Electron's IPC never loses events and never sends it.
   */
  | { type: 'events:connected' };

export type EventListener = (event: ConsoleEvent) => void;
