// A save that cannot reach the backend (serve mode's server stopped): the text is kept in the
// browser, and the save is tried again by itself until it gets through.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type PostVersion, type PostwrightApi } from '../../../core/api';
import { DocumentSession } from '../../../renderer/document/document-session';
import { localCopies } from '../../../renderer/document/local-copies';

const root = '/blog';
const path = 'posts/a.md';

/** localStorage as a browser has it, for Node. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

let serverUp = true;
let disk = 'saved text';
let version: PostVersion = { mtimeMs: 1, size: 10, hash: 'h1' };
const unreachable = () =>
  new ApiError('E_IO', 'The Postwright server cannot be reached.', {
    reason: 'server-unreachable',
  });

const api = {
  readPost: () =>
    Promise.resolve({ path, text: disk, version, hasBom: false, lineEnding: 'lf' as const }),
  savePost: ({ text }: { text: string }) => {
    if (!serverUp) {
      return Promise.reject(unreachable());
    }
    disk = text;
    version = { mtimeMs: version.mtimeMs + 1, size: text.length, hash: `h${version.mtimeMs + 1}` };
    return Promise.resolve({ version, written: true });
  },
  writeJournal: () => (serverUp ? Promise.resolve({ ok: true }) : Promise.reject(unreachable())),
  discardJournal: () => Promise.resolve({ ok: true }),
} as unknown as PostwrightApi;

let editorText = '';
let session: DocumentSession;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('localStorage', new MemoryStorage());
  serverUp = true;
  disk = 'saved text';
  session = new DocumentSession(
    api,
    () => ({
      getText: () => editorText,
      applyText: (text: string) => {
        editorText = text;
      },
      isComposing: () => false,
    }),
    () => 500,
  );
  session.setWorkspaceRoot(root);
});

afterEach(() => {
  session.dispose();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('document session while the backend cannot be reached', () => {
  it('keeps the text in the browser and saves it by itself once the backend is back', async () => {
    await session.open(path);
    editorText = 'saved text\nwhile down';
    serverUp = false;
    session.changed();
    await vi.advanceTimersByTimeAsync(600);
    expect(session.getSnapshot().saveState).toBe('error');
    expect(localCopies.list(root)).toEqual([
      expect.objectContaining({ path, text: 'saved text\nwhile down', baseVersion: version }),
    ]);
    // Still down at the first retry: it waits longer and tries again.
    await vi.advanceTimersByTimeAsync(1000);
    expect(disk).toBe('saved text');
    serverUp = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(disk).toBe('saved text\nwhile down');
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(localCopies.list(root)).toEqual([]);
  });

  it('does not retry a save the server refused for another reason', async () => {
    await session.open(path);
    editorText = 'saved text\nrefused';
    let calls = 0;
    const refusing = api.savePost;
    api.savePost = () => {
      calls += 1;
      return Promise.reject(
        new ApiError('E_PERMISSION', 'restarted', { reason: 'serve-session-ended' }),
      );
    };
    try {
      session.changed();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toBe(1);
      expect(localCopies.list(root).map((entry) => entry.text)).toEqual(['saved text\nrefused']);
    } finally {
      api.savePost = refusing;
    }
  });
});
