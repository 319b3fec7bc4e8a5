// The command tree. Each command's module is imported only when it runs, so start-up stays fast.
import { Command, CommanderError } from 'commander';
import { COMMAND_GROUPS } from './commands/index.js';
import { reportFailure } from './report-failure.js';
import type { Runner } from './commands/runner.js';
import { VERSION } from './version.js';

export async function main(argv: readonly string[]): Promise<number> {
  // `secwire … | head` closes stdout early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  let exitCode = 0;
  const program = new Command('secwire')
    .description('Config-as-code for a security integration hub: validate, plan and apply YAML manifests.')
    .version(VERSION, '-V, --version')
    .option('-c, --config <file>', 'config file (default: found from the current directory: secwire.config.yaml, .secwirerc, …)')
    .option('--debug', 'show stack traces of internal errors')
    .showSuggestionAfterError(true)
    .exitOverride();

  const run: Runner = (load) => async () => {
    exitCode = await load();
  };

  for (const register of COMMAND_GROUPS) register(program, run);

  try {
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : usageExitCode(argv);
    return reportFailure(error, program.opts().debug === true || argv.includes('--debug'));
  }
}

/** Usage errors exit like the command's own "could not run" code: 2 for gate, 1 elsewhere. */
function usageExitCode(argv: readonly string[]): number {
  return argv.slice(2).find((a) => !a.startsWith('-')) === 'gate' ? 2 : 1;
}
