// The one way a change reaches the record: a transaction with its moment, its operator and its events.
// Like Actual Budget's mutator(): whoever calls it cannot forget the time, who did it, or telling the views.
import type { ErrorCode } from '../api/envelope';
import type { ConsoleEvent } from '../api/events';
import type { NewRecordedAction } from '../api/recorded-actions';
import type { ActionMeta } from '../store/actions-repo';
import type { Store } from '../store/store';

/** What a write needs from its caller (a HandlerContext is one). */
export interface Writer {
  store: Store;
  events: { publish(event: ConsoleEvent): void };
  now: () => Date;
  /** Who is working: recorded with every action. */
  operator: () => string;
}

/** An action as a write records it: the operator and the moment are the write's own. */
export type WriteAction = Omit<ActionMeta, 'operator' | 'createdAt'> & { operator?: string } & NewRecordedAction;

/** A change refused with a sentence the clerk can act on. */
export interface Refusal {
  ok: false;
  code: ErrorCode;
  message: string;
}

/** The refusal for something that is not (or no longer) in the record. */
export function notInRecord(thing: 'Item' | 'Person' | 'Sender', id: number, advice = 'Reload the queue.'): Refusal {
  return { ok: false, code: 'not_found', message: `${thing} ${id} is not in the record.${advice ? ` ${advice}` : ''}` };
}

export class Write {
  /** The moment of the write as the record stores it: one for everything the write does. */
  readonly now: string;
  private readonly queued: ConsoleEvent[] = [];

  constructor(
    readonly store: Store,
    readonly operator: string,
    readonly at: Date,
  ) {
    this.now = at.toISOString();
  }

  /** Appends to the record under the write's operator and moment. */
  record(action: WriteAction): number {
    return this.store.actions.append({ ...action, operator: action.operator ?? this.operator, createdAt: this.now });
  }

  /**
   * Runs part of the write whole or not at all (a savepoint): when `work` throws, what it did is taken back
   * and the error goes on to the caller, which may answer a refusal while the write itself commits (an undo
   * of a bulk removal refused half-way takes back the removals it had already reversed).
   */
  atomically<T>(work: () => T): T {
    return this.store.transaction(work);
  }

  /** The queue rows of these items changed: views reload them once the write has committed. */
  changed(itemIds: readonly number[]): void {
    this.publish({ type: 'queue:changed', cause: 'action', itemIds: [...itemIds] });
  }

  /** Published once the write has committed; dropped if it fails. */
  publish(event: ConsoleEvent): void {
    this.queued.push(event);
  }

  /** @internal the events to publish after the commit. */
  drain(): ConsoleEvent[] {
    return this.queued.splice(0);
  }
}

/**
 * Runs `work` in one transaction (all of it is committed, or none of it), then publishes the events it
 * asked for. `operator` overrides who is working, for the app's own writes (the out-of-office answer).
 */
export function write<T>(writer: Writer, work: (change: Write) => T, options: { operator?: string } = {}): T {
  const change = new Write(writer.store, options.operator ?? writer.operator(), writer.now());
  const result = writer.store.transaction(() => work(change));
  for (const event of change.drain()) writer.events.publish(event);
  return result;
}
