import type { ApiEventName, ApiEventSubscriber } from '../../../core/api';
import { apiEventNames } from '../../../core/api';

/** One backend event as it went out on the wire, with the id EventSource echoes back. */
export interface LoggedEvent {
  id: number;
  name: ApiEventName;
  data: string;
  /** The serve-mode tab whose own save this event reports: it is not sent to that tab. */
  byClient: string | null;
}

/** How many recent events a reconnecting tab can catch up on. */
export const eventLogCapacity = 2000;

/**
 * The backend's recent events, numbered, so that a tab whose event stream dropped (a sleeping
 * laptop, a proxy timeout) gets exactly what it missed: EventSource reconnects by itself and sends
 * the last id it saw as `Last-Event-ID`, and `since` answers with everything after it.
 */
export class EventLog {
  private readonly entries: LoggedEvent[] = [];
  private readonly listeners = new Set<(event: LoggedEvent) => void>();
  private nextId = 1;
  private readonly unsubscribers: (() => void)[];

  constructor(
    on: ApiEventSubscriber,
    private readonly capacity = eventLogCapacity,
  ) {
    this.unsubscribers = apiEventNames.map((name) =>
      on(name, (payload) => this.append(name, JSON.stringify(payload), clientOf(payload))),
    );
  }

  /** Hears every event from now on; returns the unsubscribe function. */
  subscribe(listener: (event: LoggedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The events after `lastId`, or null when some of them are no longer kept (or the id is not
   * one this log gave out, e.g. from before a restart): then the tab must re-read its state.
   */
  since(lastId: number): LoggedEvent[] | null {
    if (!Number.isSafeInteger(lastId) || lastId < 0 || lastId >= this.nextId) {
      return null;
    }
    const oldest = this.entries[0]?.id ?? this.nextId;
    if (lastId + 1 < oldest) {
      return null;
    }
    return this.entries.filter((entry) => entry.id > lastId);
  }

  /** Stops listening to the backend. */
  close(): void {
    this.unsubscribers.forEach((unsubscribe) => unsubscribe());
    this.listeners.clear();
  }

  private append(name: ApiEventName, data: string, byClient: string | null): void {
    const entry = { id: this.nextId, name, data, byClient };
    this.nextId += 1;
    this.entries.push(entry);
    if (this.entries.length > this.capacity) {
      this.entries.splice(0, this.entries.length - this.capacity);
    }
    for (const listener of [...this.listeners]) {
      listener(entry);
    }
  }
}

/** Whether the tab `client` (null: unnamed) is to hear `event`: not its own saves. */
export function isFor(event: LoggedEvent, client: string | null): boolean {
  return event.byClient === null || event.byClient !== client;
}

function clientOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || !('byClient' in payload)) {
    return null;
  }
  return typeof payload.byClient === 'string' ? payload.byClient : null;
}

/** The wire form of one event (Server-Sent Events). */
export function formatEvent(event: LoggedEvent): string {
  return `id: ${event.id}\nevent: ${event.name}\ndata: ${event.data}\n\n`;
}
