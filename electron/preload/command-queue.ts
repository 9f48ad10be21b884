/**
 * Holds the commands that arrive before the renderer listens for them.
 *
 * The main process may send a command (open this post) as soon as the page loaded, while React
 * subscribes a moment later; such commands wait here and go to the first listener.
 */

/** More undelivered commands than this are a renderer that never listens; the oldest are dropped. */
export const maxQueuedCommands = 32;

/** Fan-out of commands to listeners, queueing while there are none. */
export interface CommandQueue<T> {
  /** Delivers a command to every listener, or queues it. */
  push: (command: T) => void;
  /** Adds a listener (queued commands are delivered to it first); returns the unsubscribe. */
  subscribe: (listener: (command: T) => void) => () => void;
}

/** Creates an empty queue. */
export function createCommandQueue<T>(): CommandQueue<T> {
  const listeners = new Set<(command: T) => void>();
  let queued: T[] = [];
  return {
    push: (command) => {
      if (listeners.size === 0) {
        queued.push(command);
        queued = queued.slice(-maxQueuedCommands);
        return;
      }
      for (const listener of [...listeners]) {
        listener(command);
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      const backlog = queued;
      queued = [];
      for (const command of backlog) {
        listener(command);
      }
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
