// Commands of the local development loop: watch.
import type { Command } from 'commander';
import type { Runner } from './runner.js';

export function register(program: Command, run: Runner): void {
  program
    .command('watch')
    .description('re-validate and re-plan on every save; with --apply, apply each valid plan to the local hub')
    .argument('[paths...]', 'manifest files or directories (default: `manifests` in the config)')
    .option('--apply', 'apply each valid plan to the local hub (same rules as `secwire apply`)')
    .option('--allow-remote', 'allow --apply against a non-local backend')
    .option('--skip-connection-tests', 'with --apply: store credentials without testing them against the vendors')
    .option('--backend <url>', 'hub state backend (default: `backend` in the config)')
    .option('--debounce <ms>', 'wait this long after the last save before a cycle', '50')
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runWatch } = await import('../watch.js');
      await run(() => runWatch(paths, { ...cmd.optsWithGlobals(), ...opts }))();
    });
}
