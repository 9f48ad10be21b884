import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, type TempWorkspace } from './temp-workspace';

/** What a hostile post is expected to do when it is read through the API. */
export type HostileExpectation =
  | { kind: 'text' }
  | { kind: 'error'; code: string; encoding?: string }
  | { kind: 'frontMatterError' };

/** One hostile file (or link, or folder) and how the backend must treat it. */
export interface HostileCase {
  path: string;
  read: HostileExpectation;
  /** Whether the index lists it (folders, loops and links that leave the root are not posts). */
  listed: boolean;
}

const fm = (yaml: string, body = 'Body.\n') => `---\n${yaml}\n---\n${body}`;

/** A YAML "billion laughs": nine levels of aliases, each nine times the one below. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= 9; level += 1) {
    const prev = `*a${level - 1}`;
    lines.push(`a${level}: &a${level} [${Array<string>(9).fill(prev).join(', ')}]`);
  }
  return fm(`title: Bomb\n${lines.join('\n')}`);
}

/** YAML nested `depth` levels deep, in flow style (no indentation to make it large). */
function deepYaml(depth: number): string {
  return fm(`title: Deep\ndeep: ${'['.repeat(depth)}x${']'.repeat(depth)}`);
}

/** Text as UTF-16 in either byte order, with or without the byte-order mark. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

const chineseName = `${'中文标题很长'.repeat(13)}长.md`; // 79 chars × 3 bytes = 237 bytes + `.md`

/** The text files of the hostile workspace, path → bytes. */
export const hostileFiles: Record<string, string | Uint8Array> = {
  'ok.md': fm('title: Fine'),
  'bad-utf8-middle.md': Buffer.concat([
    Buffer.from(fm('title: Broken middle', 'Start ')),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
    Buffer.from(` end ${'中文'.repeat(10)}\n`),
  ]),
  'utf16le-bom.md': utf16(fm('title: Sixteen LE', '中文\n'), 'le', true),
  'utf16be-bom.md': utf16(fm('title: Sixteen BE', '中文\n'), 'be', true),
  'utf16le-nobom.md': utf16(fm('title: Sixteen LE no BOM', 'plain ascii body\n'), 'le', false),
  'utf16be-nobom.md': utf16(fm('title: Sixteen BE no BOM', 'plain ascii body\n'), 'be', false),
  'lone-cr.md': '---\ntitle: Lone CR\n---\nline one\rstill one\nline two\n',
  'empty.md': '',
  'binary.md': Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66, 0xff,
  ]),
  'bomb.md': aliasBomb(),
  'huge-front-matter.md': fm(
    `title: Huge\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: ${'v'.repeat(40)}`).join('\n')}`,
  ),
  'deep.md': deepYaml(10_000),
  'deep-json.md': `{\n"title": "Deep JSON",\n"deep": ${'['.repeat(100_000)}1${']'.repeat(100_000)}\n}\nBody\n`,
  'js-front-matter.md':
    '---js\n{ title: (function(){ throw new Error("evaluated") })() }\n---\nBody\n',
  'proto.md': fm('title: Proto\n__proto__: polluted\nconstructor: also\nprototype: x'),
  'toml-dup.md': '+++\ntitle = "One"\ntitle = "Two"\n+++\nBody\n',
  'unclosed.md': '---\ntitle: Never closed\ntags: [a]\n\nThe body goes on.\n',
  'NFD-cafe\u0301.md': fm('title: Café NFD'),
  'emoji-🎉.md': fm('title: Emoji'),
  'hash#1.md': fm('title: Hash'),
  'percent%20.md': fm('title: Percent'),
  'question?.md': fm('title: Question'),
  'with spaces.md': fm('title: Spaces'),
  '-leading-dash.md': fm('title: Dash'),
  [chineseName]: fm('title: 长名字'),
  'A.md': fm('title: Upper'),
  'a.md': fm('title: Lower'),
};

/** Expected read results per hostile path. */
export const hostileExpectations: Record<string, HostileExpectation> = {
  'ok.md': { kind: 'text' },
  'bad-utf8-middle.md': { kind: 'error', code: 'E_ENCODING' },
  'utf16le-bom.md': { kind: 'error', code: 'E_ENCODING', encoding: 'UTF-16LE' },
  'utf16be-bom.md': { kind: 'error', code: 'E_ENCODING', encoding: 'UTF-16BE' },
  'utf16le-nobom.md': { kind: 'error', code: 'E_ENCODING', encoding: 'UTF-16LE' },
  'utf16be-nobom.md': { kind: 'error', code: 'E_ENCODING', encoding: 'UTF-16BE' },
  'lone-cr.md': { kind: 'text' },
  'empty.md': { kind: 'text' },
  'binary.md': { kind: 'error', code: 'E_ENCODING', encoding: 'binary' },
  'bomb.md': { kind: 'frontMatterError' },
  'huge-front-matter.md': { kind: 'text' },
  'deep.md': { kind: 'frontMatterError' },
  'deep-json.md': { kind: 'frontMatterError' },
  'js-front-matter.md': { kind: 'frontMatterError' },
  'proto.md': { kind: 'text' },
  'toml-dup.md': { kind: 'frontMatterError' },
  'unclosed.md': { kind: 'frontMatterError' },
};

/** A post bigger than any sane editor buffer (the backend refuses it with E_TOO_LARGE). */
export const hugePostBytes = 50 * 1024 * 1024;

/**
 * Builds the hostile workspace: the files above plus a 50 MB post, a `.md` folder, symlinks
 * (out to /etc/passwd, to a post inside, a loop, a dangling one), an unreadable post and a FIFO.
 */
export async function makeHostileWorkspace(): Promise<TempWorkspace> {
  const workspace = await makeWorkspace(hostileFiles);
  const { root } = workspace;
  const huge = Buffer.alloc(hugePostBytes, 'x');
  huge.write('---\ntitle: Huge post\n---\n');
  await writeFile(join(root, 'huge.md'), huge);
  await mkdir(join(root, 'folder.md'));
  await writeFile(join(root, 'folder.md', 'inner.md'), fm('title: Inside a .md folder'));
  await symlink('/etc/passwd', join(root, 'passwd.md'));
  await symlink('ok.md', join(root, 'link-inside.md'));
  await symlink('loop-b.md', join(root, 'loop-a.md'));
  await symlink('loop-a.md', join(root, 'loop-b.md'));
  await symlink('missing-target.md', join(root, 'dangling.md'));
  await writeFile(join(root, 'unreadable.md'), fm('title: Secret'));
  await chmod(join(root, 'unreadable.md'), 0o000);
  if (process.platform !== 'win32') {
    // A FIFO named like a post: opening it for reading would wait for a writer forever.
    execFileSync('mkfifo', [join(root, 'pipe.md')]);
  }
  return workspace;
}
