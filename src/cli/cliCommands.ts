import type { CliCommand } from './cliCommand';

/** Every verb of `biofm`, in the order `--help` lists them. Each lives in its own file under commands/. */
export const cliCommands: readonly CliCommand[] = [];
