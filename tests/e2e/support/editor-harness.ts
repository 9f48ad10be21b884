import { build } from 'esbuild';
import { projectRoot } from './serve-workspace';

/**
 * The editor alone (tests/fixtures/editor/ime-harness.ts) bundled into one ES module, for tests
 * that load it in a blank page and drive its `editorHarness` global.
 */
export async function bundleEditorHarness(): Promise<string> {
  const result = await build({
    entryPoints: [`${projectRoot}tests/fixtures/editor/ime-harness.ts`],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
