// Last stop for a thrown error: user errors print their message and hint; anything else is a bug report.
import { processTerminal } from './terminal.js';
import { isUserFacing } from './user-error.js';

export function reportFailure(error: unknown, debug: boolean): number {
  const term = processTerminal();
  if (isUserFacing(error)) {
    term.err(`${term.style(['bold', 'red'], 'Error')}: ${error.message}\n`);
    if (error.hint) term.err(`  ${term.style('cyan', 'hint')}: ${error.hint}\n`);
    if (debug && error.stack) term.err(`${error.stack}\n`);
    return error.exitCode ?? 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  term.err(`${term.style(['bold', 'red'], 'Internal error')}: ${message}\n`);
  if (debug && error instanceof Error && error.stack) term.err(`${error.stack}\n`);
  else term.err('  run again with --debug for a stack trace, and report it as a bug\n');
  return 1;
}
