import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Which client (a serve-mode tab) the backend call running now is for. Serve mode runs each API
 * call inside `asClient`, so a write can be remembered together with the tab that made it.
 */
const calling = new AsyncLocalStorage<string>();

/** Runs `work` as a call from `client` (null: no client named, e.g. the desktop app). */
export function asClient<T>(client: string | null, work: () => T): T {
  return client === null ? work() : calling.run(client, work);
}

/** The client whose call is running, or null outside a serve-mode call. */
export function currentClient(): string | null {
  return calling.getStore() ?? null;
}
