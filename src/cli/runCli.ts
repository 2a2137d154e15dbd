import { InputError, type CliIo } from './cliIo';
import { parseArgs, UsageError, type CliCommand } from './cliCommand';
import { cliCommands } from './cliCommands';

function usage(commands: readonly CliCommand[]): string {
  return ['usage: biofm <command> [options]', '', ...commands.map((c) => `  biofm ${c.usage}`), ''].join('\n');
}

/** Runs one invocation of `biofm` and returns its exit status; never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = cliCommands): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    if (verb === undefined) io.err(usage(commands));
    else io.out(usage(commands));
    return verb === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === verb);
  if (!command) {
    io.err(`biofm: unknown command '${verb}'\n\n${usage(commands)}`);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest, command), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`biofm ${verb}: ${error.message}\nusage: biofm ${command.usage}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`biofm ${verb}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
