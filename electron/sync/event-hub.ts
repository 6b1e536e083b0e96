// Fan-out of console events to whoever listens (IPC window, SSE streams, tests).
import type { ConsoleEvent, EventListener } from '../api/events';

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: ConsoleEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
