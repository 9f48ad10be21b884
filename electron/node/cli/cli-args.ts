import { UsageError } from './cli-io';

/** One option a command accepts: a flag, or one that takes a value (`--port 80`, `--port=80`). */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

/** The values of the options given: strings for options with a value, true for flags. */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

/** A command line split into its options and positional arguments. */
export interface ParsedArgs<O extends Record<string, OptionSpec>> {
  values: OptionValues<O>;
  positionals: string[];
}

/**
 * Parses a command's arguments, refusing mistakes with short messages of our own (node's
 * parseArgs says "argument is ambiguous" for `--port -1` and suggests unbalanced quotes).
 *
 * An option's value is the next argument even when it starts with a dash (`--port -1` is a bad
 * port, not a missing one), unless that argument is another option of the command. An empty value
 * (`--workspace=`, `--workspace ""`) is a missing one: no option here means "nothing".
 * Everything after `--` is positional.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  command: string,
  argv: readonly string[],
  options: O,
): ParsedArgs<O> {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(options)) {
    if (spec.short !== undefined) {
      byShort.set(spec.short, name);
    }
  }
  const isOption = (arg: string): boolean =>
    arg.startsWith('--')
      ? Object.hasOwn(options, arg.slice(2).split('=')[0] ?? '')
      : /^-[^-]/.test(arg) && byShort.has(arg.charAt(1));
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const isLong = arg.startsWith('--');
    const equals = arg.indexOf('=');
    const key = isLong ? arg.slice(2, equals < 0 ? undefined : equals) : arg.charAt(1);
    const name = isLong ? (Object.hasOwn(options, key) ? key : undefined) : byShort.get(key);
    const spec = name === undefined ? undefined : options[name];
    if (name === undefined || spec === undefined) {
      throw new UsageError(command, 'cli:usage.unknownOption', {
        option: isLong ? `--${key}` : `-${key}`,
      });
    }
    const attached = isLong ? (equals < 0 ? undefined : arg.slice(equals + 1)) : arg.slice(2);
    if (spec.type === 'boolean') {
      if (attached !== undefined && attached !== '') {
        throw new UsageError(command, 'cli:usage.takesNoValue', { option: `--${name}` });
      }
      values[name] = true;
      continue;
    }
    let value = attached === '' && !isLong ? undefined : attached;
    if (value === undefined) {
      const next = argv[index + 1];
      if (next !== undefined && !isOption(next) && next !== '--') {
        value = next;
        index += 1;
      }
    }
    if (value === undefined || value.trim() === '') {
      throw new UsageError(command, 'cli:usage.needsValue', { option: `--${name}` });
    }
    values[name] = value;
  }
  return { values: values as OptionValues<O>, positionals };
}
