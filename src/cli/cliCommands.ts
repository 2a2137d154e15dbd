import type { CliCommand } from './cliCommand';
import { catalogCommand } from './commands/catalogCommand';
import { checkCommand } from './commands/checkCommand';
import { citeCommand } from './commands/citeCommand';
import { deadlineCommand } from './commands/deadlineCommand';
import { inspectCommand } from './commands/inspectCommand';

/** Every verb of `biofm`, in the order `--help` lists them. Each lives in its own file under commands/. */
export const cliCommands: readonly CliCommand[] = [checkCommand, inspectCommand, catalogCommand, citeCommand, deadlineCommand];
