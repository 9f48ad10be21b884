import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSafeFileName,
  safeFileName,
  uniqueName,
  utf8Length,
} from '../../../core/workspace/safe-name';

describe('safeFileName', () => {
  it.each([
    ['a<b>c:d"e/f\\g|h?i*j.md', 'a-b-c-d-e-f-g-h-i-j.md'],
    ['tab\there.md', 'tab-here.md'],
    ['CON', '_CON'],
    ['con.md', '_con.md'],
    ['Com1.tar.gz', '_Com1.tar.gz'],
    ['lpt9.png', '_lpt9.png'],
    ['console.md', 'console.md'],
    ['trailing dots...', 'trailing dots'],
    ['trailing space.md  ', 'trailing space.md'],
    ['  leading.md', 'leading.md'],
    ['', 'untitled'],
    ['..', 'untitled'],
    ['中文 文件名.md', '中文 文件名.md'],
  ])('%j -> %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('composes to NFC (macOS would otherwise hold two "same" names)', () => {
    expect(safeFileName('Cafe\u0301.md')).toBe('Caf\u00e9.md');
  });

  it('cuts long names to 255 UTF-8 bytes on code points, keeping the extension', () => {
    const name = safeFileName(`${'汉'.repeat(200)}.md`);
    expect(utf8Length(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith('.md')).toBe(true);
    expect(name).toBe(`${'汉'.repeat(84)}.md`);
    const emoji = safeFileName(`${'😀'.repeat(100)}.png`);
    expect(emoji).toBe(`${'😀'.repeat(62)}.png`);
  });

  it('always gives a name that is safe and stable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const name = safeFileName(input);
        expect(isSafeFileName(name)).toBe(true);
        expect(utf8Length(name)).toBeLessThanOrEqual(255);
        expect(name).not.toMatch(/[<>:"/\\|?*]|[. ]$/);
        expect([...name].every((char) => (char.codePointAt(0) ?? 0) >= 0x20)).toBe(true);
      }),
    );
  });
});

describe('uniqueName', () => {
  it('numbers a taken name, ignoring case', () => {
    expect(uniqueName('a.md', [])).toBe('a.md');
    expect(uniqueName('a.md', ['A.md'])).toBe('a-2.md');
    expect(uniqueName('a.md', ['a.md', 'a-2.MD'])).toBe('a-3.md');
    expect(uniqueName('README', ['readme'])).toBe('README-2');
  });

  it('stays within 255 bytes when it adds a number', () => {
    const long = `${'x'.repeat(252)}.md`;
    const next = uniqueName(long, [long]);
    expect(utf8Length(next)).toBeLessThanOrEqual(255);
    expect(next.endsWith('-2.md')).toBe(true);
  });
});
