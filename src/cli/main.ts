import { runCli } from './runCli';
import { nodeCliIo } from './nodeCliIo';

runCli(process.argv.slice(2), nodeCliIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`biofm: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
