// The shell is provable without the Electron binary only if its decisions stay out of the files
// that import electron at runtime: this pins the list of those thin files.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const mainDir = new URL('../../../electron/main/', import.meta.url);
/** The files allowed to load electron at runtime: wiring only. */
const thinFiles = [
  'app-menu.ts',
  'app-window.ts',
  'desktop-app.ts',
  'ipc-binding.ts',
  'main.ts',
  'protocols.ts',
];

/** Whether a source imports a value (not only types) from 'electron'. */
function importsElectronAtRuntime(source: string): boolean {
  return [...source.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+'electron';/gms)].some(
    ([, typeOnly, clause]) =>
      typeOnly === undefined &&
      (clause ?? '')
        .replace(/^\{|\}$/g, '')
        .split(',')
        .some((name) => name.trim() !== '' && !name.trim().startsWith('type ')),
  );
}

describe('electron/main layering', () => {
  it('loads electron at runtime only in the thin wiring files', () => {
    const files = readdirSync(mainDir).filter((name) => name.endsWith('.ts'));
    const runtime = files.filter((name) =>
      importsElectronAtRuntime(readFileSync(new URL(name, mainDir), 'utf8')),
    );
    expect(runtime.sort()).toEqual(thinFiles);
  });

  it('detects a runtime import, and not a type-only one', () => {
    expect(importsElectronAtRuntime("import { app } from 'electron';")).toBe(true);
    expect(importsElectronAtRuntime("import { type App, shell } from 'electron';")).toBe(true);
    expect(importsElectronAtRuntime("import type { App } from 'electron';")).toBe(false);
    expect(importsElectronAtRuntime("import { type App } from 'electron';")).toBe(false);
  });
});
