// The layer rules of docs/ARCHITECTURE.md are enforced by ESLint; this proves the rules bite, so
// that a config change cannot silently switch them off.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The snippets are not files of the project, so lint them without type information.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [tseslint.configs.disableTypeChecked],
});

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

describe('layer rules', () => {
  it.each([
    ['core/post/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['core/post/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['core/post/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['core/post/x.ts', "import { x as y } from '../../renderer/App';\nexport const x = y;\n"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    [
      'renderer/x.ts',
      "import { createBackend } from '../electron/node/backend';\nexport const x = createBackend;\n",
    ],
    ['renderer/x.ts', "import { join } from 'path';\nexport const x = join;\n"],
    ['electron/node/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    [
      'electron/preload/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
  ])('%s refuses: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).not.toEqual([]);
  });

  it.each([
    ['core/post/x.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['renderer/x.ts', "import { apiMethods } from '../core/api';\nexport const x = apiMethods;\n"],
    [
      'electron/node/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('%s allows: %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toEqual([]);
  });

  it('lets only electron/main/ipc-binding.ts touch ipcMain', async () => {
    const source = "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n";
    const lint = async (filePath: string) =>
      ((await eslint.lintText(source, { filePath }))[0]?.messages ?? []).filter(
        (message) => message.ruleId === 'no-restricted-syntax',
      );
    expect(await lint('electron/main/window.ts')).not.toEqual([]);
    expect(await lint('electron/main/ipc-binding.ts')).toEqual([]);
  });
});
