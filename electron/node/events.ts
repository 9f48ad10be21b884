import type { ApiEventName, ApiEvents, ApiEventSubscriber } from '../../core/api';

/** The backend's side of the event contract: subscribe (given to transports) and emit (internal). */
export interface EventBus {
  on: ApiEventSubscriber;
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
}

/** A small typed emitter; a listener that throws never stops the others from hearing an event. */
export function createEventBus(onListenerError: (error: unknown) => void): EventBus {
  const listeners = new Map<ApiEventName, Set<(payload: never) => void>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const entry = listener as (payload: never) => void;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          (listener as (value: typeof payload) => void)(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
