import { describe, expect, it } from 'vitest';
import { currentWriter, isReadOnlyFor, type Writer } from '../../../electron/node/fs/read-only';

const owner = 1000;
const group = 100;
const file = (mode: number) => ({ mode: 0o100000 | mode, uid: owner, gid: group });
const as = (uid: number, ...gids: number[]): Writer => ({ uid, gids });

describe('isReadOnlyFor (the permission bits a save is judged by)', () => {
  it('judges the owner by the owner bit', () => {
    expect(isReadOnlyFor(file(0o444), as(owner, group))).toBe(true);
    expect(isReadOnlyFor(file(0o466), as(owner, group))).toBe(true);
    expect(isReadOnlyFor(file(0o644), as(owner, group))).toBe(false);
    expect(isReadOnlyFor(file(0o200), as(owner))).toBe(false);
  });

  it('judges a member of the file group by the group bit, anyone else by the others bit', () => {
    expect(isReadOnlyFor(file(0o664), as(2000, 5, group))).toBe(false);
    expect(isReadOnlyFor(file(0o646), as(2000, 5, group))).toBe(true);
    expect(isReadOnlyFor(file(0o646), as(2000, 5))).toBe(false);
    expect(isReadOnlyFor(file(0o664), as(2000, 5))).toBe(true);
  });

  it('judges root, who passes every access check, by the owner bit', () => {
    expect(isReadOnlyFor(file(0o444), as(0, 0))).toBe(true);
    expect(isReadOnlyFor(file(0o644), as(0, 0))).toBe(false);
    expect(isReadOnlyFor({ mode: 0o100444, uid: 0, gid: 0 }, as(0, 0))).toBe(true);
  });

  it('judges by the owner bit where there are no users (Windows: the read-only attribute)', () => {
    expect(isReadOnlyFor(file(0o444), null)).toBe(true);
    expect(isReadOnlyFor(file(0o666), null)).toBe(false);
  });

  it('knows the user this process runs as', () => {
    const writer = currentWriter();
    if (process.platform === 'win32') {
      expect(writer).toBeNull();
    } else {
      expect(writer?.uid).toBe(process.getuid?.());
      expect(writer?.gids).toContain(process.getgid?.());
    }
  });
});
