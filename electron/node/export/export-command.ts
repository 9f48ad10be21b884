/** Streams the CLI writes to, and where it runs. */
export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

/** `postwright export POST --to REPO [--preset NAME] [--dry-run] [--json] [--replace] [--workspace DIR]`. */
export function runExportCommand(argv: string[], io: CommandIo): Promise<number> {
  io.stderr(`postwright export: not available in this build yet (${argv.join(' ')}).\n`);
  return Promise.resolve(2);
}
