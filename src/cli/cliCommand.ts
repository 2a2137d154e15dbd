import type { CliIo } from './cliIo';

/** Options as parsed from the command line: each `--name value` (or `--flag`), plus the positional arguments. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

/** One verb of the `biofm` command. */
export interface CliCommand {
  readonly name: string;
  /** One line of usage, e.g. `check [--format text|json|sarif] PATH...`. */
  readonly usage: string;
  /** Options that take a value, and options that are plain flags. */
  readonly valueOptions: readonly string[];
  readonly flagOptions?: readonly string[];
  /** Returns the exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input errors. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** A mistake in how the command was called: exit status 2 with the message and the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Splits argv after the verb into options and positionals, refusing options the verb does not know. */
export function parseArgs(argv: readonly string[], command: CliCommand): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    if (command.flagOptions?.includes(name)) {
      options.set(name, true);
    } else if (command.valueOptions.includes(name)) {
      const value = equals === -1 ? argv[++i] : arg.slice(equals + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name} for '${command.name}'`);
    }
  }
  return { positionals, options };
}

/** The value of a string option, checked against the allowed values when given. */
export function optionValue<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T;
export function optionValue(args: ParsedArgs, name: string): string | undefined;
export function optionValue(args: ParsedArgs, name: string, allowed?: readonly string[], fallback?: string): string | undefined {
  const value = args.options.get(name);
  if (value === undefined || value === true) return fallback;
  if (allowed && !allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value;
}

/** Parses `--now` as an ISO-8601 instant, or uses the real clock. */
export function nowOption(args: ParsedArgs, io: CliIo): Date {
  const value = optionValue(args, 'now');
  if (value === undefined) return io.now();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--now must be an ISO-8601 date or instant (got '${value}')`);
  return date;
}
