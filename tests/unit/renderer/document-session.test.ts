import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  type PostDocument,
  type PostVersion,
  type PostwrightApi,
} from '../../../core/api';
import { DocumentSession } from '../../../renderer/document/document-session';
import type { EditorAccess } from '../../../renderer/document/session-types';

/** A disk of posts behind the contract's post methods, refusing stale saves like the backend. */
class FakeDisk {
  files = new Map<string, { text: string; version: PostVersion }>();
  saves: { path: string; text: string; baseVersion: PostVersion | null }[] = [];
  journal = new Map<string, string>();
  private counter = 0;

  write(path: string, text: string): PostVersion {
    this.counter += 1;
    const version = { mtimeMs: this.counter, size: text.length, hash: `h${this.counter}` };
    this.files.set(path, { text, version });
    return version;
  }

  read(path: string): PostDocument {
    const file = this.files.get(path);
    if (file === undefined) {
      throw new ApiError('E_NOT_FOUND', path);
    }
    return { path, text: file.text, version: file.version, hasBom: false, lineEnding: 'lf' };
  }

  api(): PostwrightApi {
    const api: Partial<PostwrightApi> = {
      readPost: ({ path }) => Promise.resolve(this.read(path)),
      savePost: ({ path, text, baseVersion }) => {
        this.saves.push({ path, text, baseVersion: baseVersion ?? null });
        if (this.files.get(path)?.version.hash !== baseVersion?.hash) {
          return Promise.reject(new ApiError('E_CONFLICT', 'changed on disk'));
        }
        return Promise.resolve({ version: this.write(path, text), written: true });
      },
      writeJournal: ({ path, text }) => {
        this.journal.set(path, text);
        return Promise.resolve({ ok: true });
      },
      discardJournal: ({ path }) => {
        this.journal.delete(path);
        return Promise.resolve({ ok: true });
      },
    };
    return api as PostwrightApi;
  }
}

/** The editor as the session sees it: text plus a composing flag. */
class FakeEditor implements EditorAccess {
  text = '';
  composing = false;
  getText = (): string => this.text;
  applyText = (text: string): void => {
    this.text = text;
  };
  isComposing = (): boolean => this.composing;
}

describe('DocumentSession', () => {
  let disk: FakeDisk;
  let editor: FakeEditor;
  let session: DocumentSession;

  beforeEach(async () => {
    vi.useFakeTimers();
    disk = new FakeDisk();
    disk.write('a.md', 'A\n');
    disk.write('b.md', 'B\n');
    editor = new FakeEditor();
    session = new DocumentSession(
      disk.api(),
      () => editor,
      () => 800,
    );
    await session.open('a.md');
    editor.text = session.getSnapshot().doc?.initialText ?? '';
  });

  afterEach(() => {
    session.dispose();
    vi.useRealTimers();
  });

  function type(text: string): void {
    editor.text += text;
    session.changed();
  }

  it('autosaves shortly after typing stops, against the version it read', async () => {
    const read = disk.files.get('a.md')?.version;
    type('typed');
    expect(session.getSnapshot().saveState).toBe('dirty');
    await vi.advanceTimersByTimeAsync(799);
    expect(disk.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.saves).toEqual([{ path: 'a.md', text: 'A\ntyped', baseVersion: read }]);
    expect(session.getSnapshot().saveState).toBe('saved');
    expect(disk.files.get('a.md')?.text).toBe('A\ntyped');
  });

  it('journals unsaved text and discards the journal once saved', async () => {
    session = new DocumentSession(
      disk.api(),
      () => editor,
      () => 60_000,
    );
    await session.open('a.md');
    type('x');
    await vi.advanceTimersByTimeAsync(2000);
    expect(disk.journal.get('a.md')).toBe('A\nx');
    await session.save();
    expect(disk.journal.has('a.md')).toBe(false);
  });

  it('never saves in the middle of an IME composition', async () => {
    editor.composing = true;
    type('中');
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.saves).toHaveLength(0);
    editor.composing = false;
    session.compositionEnded();
    await vi.advanceTimersByTimeAsync(800);
    expect(disk.files.get('a.md')?.text).toBe('A\n中');
  });

  it('saves the open post before opening another', async () => {
    type('before switching');
    await session.open('b.md');
    expect(disk.files.get('a.md')?.text).toBe('A\nbefore switching');
    expect(session.getSnapshot().doc?.path).toBe('b.md');
  });

  it('asks on a conflict, and "keep mine" overwrites knowingly', async () => {
    disk.write('a.md', 'changed elsewhere\n');
    type('mine');
    expect(await session.save()).toBe(false);
    const conflict = session.getSnapshot().conflict;
    expect(conflict?.mine).toBe('A\nmine');
    expect(conflict?.disk?.text).toBe('changed elsewhere\n');
    await session.resolveConflict('mine');
    expect(disk.files.get('a.md')?.text).toBe('A\nmine');
    expect(session.getSnapshot().conflict).toBeNull();
  });

  it('takes the version on disk when asked', async () => {
    disk.write('a.md', 'changed elsewhere\n');
    type('mine');
    await session.save();
    await session.resolveConflict('disk');
    expect(editor.text).toBe('changed elsewhere\n');
    expect(session.isDirty()).toBe(false);
    type('more');
    await session.save();
    expect(disk.files.get('a.md')?.text).toBe('changed elsewhere\nmore');
  });

  it('reloads a clean post changed on disk, and asks when it has unsaved changes', async () => {
    const version = disk.write('a.md', 'new on disk\n');
    await session.changedOnDisk({ path: 'a.md', version });
    expect(editor.text).toBe('new on disk\n');
    expect(session.getSnapshot().notice).toBe('reloaded');
    type('unsaved');
    const next = disk.write('a.md', 'again on disk\n');
    await session.changedOnDisk({ path: 'a.md', version: next });
    expect(session.getSnapshot().conflict?.disk?.text).toBe('again on disk\n');
    expect(editor.text).toBe('new on disk\nunsaved');
  });

  it('ignores the echo of its own save', async () => {
    type('x');
    await session.save();
    const own = disk.files.get('a.md')?.version ?? null;
    await session.changedOnDisk({ path: 'a.md', version: own });
    expect(session.getSnapshot().notice).toBeNull();
  });

  it('reopens a remembered post only when none is open, and silently not when it is gone', async () => {
    expect(await session.reopen('b.md')).toBe(false);
    expect(session.getSnapshot().doc?.path).toBe('a.md');
    session.close();
    expect(await session.reopen('gone.md')).toBe(false);
    expect(session.getSnapshot()).toMatchObject({ doc: null, loadingPath: null, error: null });
    expect(await session.reopen('b.md')).toBe(true);
    expect(session.getSnapshot().doc?.path).toBe('b.md');
  });

  it('does not change its snapshot per keystroke once the post is dirty', () => {
    type('a');
    const dirty = session.getSnapshot();
    type('b');
    type('c');
    expect(session.getSnapshot()).toBe(dirty);
    expect(session.text.get()).toBe('A\nabc');
  });
});
