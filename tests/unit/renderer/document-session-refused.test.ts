import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  type ApiArgs,
  type EncodingPreview,
  type PostDocument,
  type PostVersion,
  type PostwrightApi,
} from '../../../core/api';
import { DocumentSession } from '../../../renderer/document/document-session';
import type { EditorAccess } from '../../../renderer/document/session-types';

/**
 * A file as the fake backend holds it: UTF-8 text, or bytes in another encoding described by what
 * each encoding decodes them to (a missing entry: not valid in that encoding).
 */
type FakeFile =
  | { kind: 'utf8'; text: string; version: PostVersion }
  | { kind: 'legacy'; detected: string; decodings: Record<string, string>; version: PostVersion }
  | { kind: 'huge'; version: PostVersion };

/** The post methods of the contract over an in-memory disk, refusing like the backend does. */
class FakeDisk {
  files = new Map<string, FakeFile>();
  converts: ApiArgs<'convertPostEncoding'>[] = [];
  private counter = 0;

  private nextVersion(): PostVersion {
    this.counter += 1;
    return { mtimeMs: this.counter, size: this.counter, hash: `h${this.counter}` };
  }

  utf8(path: string, text: string): void {
    this.files.set(path, { kind: 'utf8', text, version: this.nextVersion() });
  }

  legacy(path: string, detected: string, decodings: Record<string, string>): void {
    this.files.set(path, { kind: 'legacy', detected, decodings, version: this.nextVersion() });
  }

  huge(path: string): void {
    this.files.set(path, { kind: 'huge', version: this.nextVersion() });
  }

  versionOf(path: string): PostVersion | undefined {
    return this.files.get(path)?.version;
  }

  private read(path: string): PostDocument {
    const file = this.files.get(path);
    if (file === undefined) {
      throw new ApiError('E_NOT_FOUND', path, { path });
    }
    if (file.kind === 'huge') {
      throw new ApiError('E_TOO_LARGE', `${path} is too large`, { path, size: 17 << 20 });
    }
    if (file.kind === 'legacy') {
      throw new ApiError('E_ENCODING', `${path} is not UTF-8`, { path, encoding: file.detected });
    }
    return { path, text: file.text, version: file.version, hasBom: false, lineEnding: 'lf' };
  }

  private preview(path: string, encoding: string): EncodingPreview {
    const file = this.files.get(path);
    if (file === undefined || file.kind === 'huge') {
      throw new ApiError('E_NOT_FOUND', path, { path });
    }
    const text = file.kind === 'legacy' ? (file.decodings[encoding] ?? null) : null;
    return {
      path,
      encoding,
      text,
      isTruncated: false,
      isUtf8: file.kind === 'utf8',
      version: file.version,
      backupFolder: '.postwright/encoding-backups/',
    };
  }

  private convert(args: ApiArgs<'convertPostEncoding'>): PostDocument {
    this.converts.push(args);
    const file = this.files.get(args.path);
    if (file?.kind !== 'legacy' || file.version.hash !== args.baseVersion?.hash) {
      throw new ApiError('E_CONFLICT', 'changed on disk', { path: args.path });
    }
    const text = file.decodings[args.from];
    if (text === undefined) {
      throw new ApiError('E_ENCODING', `not valid ${args.from}`, { encoding: args.from });
    }
    this.utf8(args.path, text);
    return this.read(args.path);
  }

  api(): PostwrightApi {
    const api: Partial<PostwrightApi> = {
      readPost: ({ path }) => Promise.resolve().then(() => this.read(path)),
      previewPostEncoding: ({ path, encoding }) =>
        Promise.resolve().then(() => this.preview(path, encoding)),
      convertPostEncoding: (args) => Promise.resolve().then(() => this.convert(args)),
      savePost: () => Promise.reject(new ApiError('E_INTERNAL', 'no save expected')),
      discardJournal: () => Promise.resolve({ ok: true }),
      writeJournal: () => Promise.resolve({ ok: true }),
    };
    return api as PostwrightApi;
  }
}

class FakeEditor implements EditorAccess {
  text = '';
  getText = (): string => this.text;
  applyText = (text: string): void => {
    this.text = text;
  };
  isComposing = (): boolean => false;
}

const latin1 = {
  'ISO-8859-2': 'title: Café crčme\nDéjŕ vu\n',
  'windows-1252': 'title: Café crème\nDéjà vu\n',
};

describe('DocumentSession and a post that is not UTF-8', () => {
  let disk: FakeDisk;
  let editor: FakeEditor;
  let session: DocumentSession;

  beforeEach(() => {
    disk = new FakeDisk();
    disk.utf8('a.md', 'A\n');
    disk.legacy('l.md', 'ISO-8859-2', latin1);
    editor = new FakeEditor();
    session = new DocumentSession(
      disk.api(),
      () => editor,
      () => 800,
    );
  });

  afterEach(() => {
    session.dispose();
  });

  const snapshot = () => session.getSnapshot();

  it('previews the encoding the user picks and converts exactly what was previewed', async () => {
    expect(await session.open('l.md')).toBe(false);
    expect(snapshot().encodingProblem).toMatchObject({
      path: 'l.md',
      encoding: 'ISO-8859-2',
      kind: 'text',
    });
    const guessed = await session.previewEncoding('ISO-8859-2');
    expect(guessed?.text).toBe(latin1['ISO-8859-2']);
    const chosen = await session.previewEncoding('windows-1252');
    expect(chosen?.text).toBe(latin1['windows-1252']);
    await session.convertEncoding(chosen as EncodingPreview);
    expect(disk.converts).toEqual([
      { path: 'l.md', from: 'windows-1252', baseVersion: chosen?.version },
    ]);
    expect(snapshot().doc?.initialText).toBe(latin1['windows-1252']);
    expect(snapshot().encodingProblem).toBeNull();
    expect(snapshot().notice).toBe('converted');
    expect(snapshot().conversion).toEqual({
      path: 'l.md',
      from: 'windows-1252',
      backupFolder: '.postwright/encoding-backups/',
    });
  });

  it('opens the refused post normally once it is fixed on disk', async () => {
    await session.open('l.md');
    disk.utf8('l.md', latin1['windows-1252']);
    await session.changedOnDisk({ path: 'l.md', version: disk.versionOf('l.md') ?? null });
    expect(snapshot().encodingProblem).toBeNull();
    expect(snapshot().doc).toMatchObject({ path: 'l.md', initialText: latin1['windows-1252'] });
  });

  it('reads the refusal again when the file changes but is still not UTF-8', async () => {
    await session.open('l.md');
    const before = snapshot().encodingProblem?.revision ?? 0;
    disk.legacy('l.md', 'GB18030', { GB18030: '中文\n' });
    await session.changedOnDisk({ path: 'l.md', version: disk.versionOf('l.md') ?? null });
    expect(snapshot().encodingProblem).toMatchObject({ path: 'l.md', encoding: 'GB18030' });
    expect(snapshot().encodingProblem?.revision).toBeGreaterThan(before);
    expect(snapshot().doc).toBeNull();
  });

  it('does not convert a file that changed after its preview: it shows what is there now', async () => {
    await session.open('l.md');
    const stale = await session.previewEncoding('windows-1252');
    const revision = snapshot().encodingProblem?.revision ?? 0;
    disk.legacy('l.md', 'ISO-8859-2', { 'windows-1252': 'other text\n' });
    await session.convertEncoding(stale as EncodingPreview);
    expect(disk.files.get('l.md')?.kind).toBe('legacy');
    expect(snapshot().encodingProblem?.revision).toBeGreaterThan(revision);
    expect(snapshot().error?.code).toBe('E_CONFLICT');
    expect(snapshot().doc).toBeNull();
  });

  it('opens the file instead when it turned UTF-8 before the refusal heard of it', async () => {
    await session.open('l.md');
    disk.utf8('l.md', 'now UTF-8\n');
    expect(await session.previewEncoding('windows-1252')).toBeNull();
    expect(snapshot().doc?.initialText).toBe('now UTF-8\n');
    expect(snapshot().encodingProblem).toBeNull();
  });

  it('says the refused post is gone when it is deleted on disk', async () => {
    await session.open('l.md');
    disk.files.delete('l.md');
    await session.changedOnDisk({ path: 'l.md', version: null });
    expect(snapshot().encodingProblem).toBeNull();
    expect(snapshot().openError).toMatchObject({ path: 'l.md', error: { code: 'E_NOT_FOUND' } });
  });

  it('follows the refused post when it is renamed', async () => {
    await session.open('l.md');
    session.renamed('l.md', 'renamed.md');
    expect(snapshot().encodingProblem?.path).toBe('renamed.md');
  });

  it('keeps the open post when another one cannot be opened, and says which and why', async () => {
    disk.huge('big.md');
    await session.open('a.md');
    editor.text = 'A\n';
    expect(await session.open('big.md')).toBe(false);
    expect(snapshot().doc?.path).toBe('a.md');
    expect(editor.text).toBe('A\n');
    expect(snapshot().loadingPath).toBeNull();
    expect(snapshot().openError).toMatchObject({
      path: 'big.md',
      error: { code: 'E_TOO_LARGE' },
    });
    // A save error is another thing: the status bar must not call this one "not saved".
    expect(snapshot().error).toBeNull();
    disk.utf8('b.md', 'B\n');
    await session.open('b.md');
    expect(snapshot().openError).toBeNull();
  });

  it('keeps the encoding panel when another post cannot be opened', async () => {
    disk.huge('big.md');
    await session.open('l.md');
    await session.open('big.md');
    expect(snapshot().encodingProblem?.path).toBe('l.md');
    expect(snapshot().openError?.path).toBe('big.md');
  });
});

describe('DocumentSession when the open post changes on disk into something it cannot read', () => {
  let disk: FakeDisk;
  let editor: FakeEditor;
  let session: DocumentSession;

  beforeEach(async () => {
    disk = new FakeDisk();
    disk.utf8('a.md', 'A\n');
    editor = new FakeEditor();
    session = new DocumentSession(
      disk.api(),
      () => editor,
      () => 800,
    );
    await session.open('a.md');
    editor.text = 'A\n';
  });

  afterEach(() => {
    session.dispose();
  });

  it('shows the encoding panel for a saved post that another program re-encoded', async () => {
    disk.legacy('a.md', 'GB18030', { GB18030: '中文\n' });
    await session.changedOnDisk({ path: 'a.md', version: disk.versionOf('a.md') ?? null });
    expect(session.getSnapshot().doc).toBeNull();
    expect(session.getSnapshot().encodingProblem).toMatchObject({
      path: 'a.md',
      encoding: 'GB18030',
    });
  });

  it('keeps the post open and says why when it cannot be read again', async () => {
    disk.huge('a.md');
    await session.changedOnDisk({ path: 'a.md', version: disk.versionOf('a.md') ?? null });
    expect(session.getSnapshot().doc?.path).toBe('a.md');
    expect(session.getSnapshot().openError).toMatchObject({
      path: 'a.md',
      error: { code: 'E_TOO_LARGE' },
    });
    disk.utf8('a.md', 'A again\n');
    await session.changedOnDisk({ path: 'a.md', version: disk.versionOf('a.md') ?? null });
    expect(editor.text).toBe('A again\n');
    expect(session.getSnapshot().openError).toBeNull();
  });
});
