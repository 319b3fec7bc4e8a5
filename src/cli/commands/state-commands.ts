// Commands that read or look after the hub's state: state list|show, import, force-unlock, test.
import type { Command } from 'commander';
import type { Runner } from './runner.js';

const BACKEND = ['--backend <url>', 'hub state backend (default: `backend` in the config, file:.secwire/hub.db)'] as const;

export function register(program: Command, run: Runner): void {
  const state = program.command('state').description('inspect the records the hub holds (secrets masked, never decrypted)');

  state
    .command('list')
    .description('list every record: name, type, archetype, managed, protect, updated, last connection test')
    .option(...BACKEND)
    .option('--json', 'print JSON')
    .action(async (opts, cmd: Command) => {
      const { runStateList } = await import('../state.js');
      await run(() => runStateList({ ...cmd.optsWithGlobals(), ...opts }))();
    });

  state
    .command('show')
    .description('show one record: spec, metadata, secrets as (sensitive) with their source, last connection test')
    .argument('<name>', 'integration name (metadata.name)')
    .option(...BACKEND)
    .option('--json', 'print JSON')
    .action(async (name: string, opts, cmd: Command) => {
      const { runStateShow } = await import('../state.js');
      await run(() => runStateShow(name, { ...cmd.optsWithGlobals(), ...opts }))();
    });

  program
    .command('import')
    .description('write the manifest document of a hub record, to adopt it (secrets as { sealed: "" } placeholders); changes nothing')
    .argument('<name>', 'hub record name')
    .option(...BACKEND)
    .option('--out <file>', 'append the document to this manifest file (after ---) instead of printing it')
    .action(async (name: string, opts, cmd: Command) => {
      const { runImport } = await import('../import.js');
      await run(() => runImport(name, { ...cmd.optsWithGlobals(), ...opts }))();
    });

  program
    .command('force-unlock')
    .description('remove a stale hub store lock by its id (from the "locked by" error); recorded in the audit log')
    .argument('<id>', 'lock id')
    .option(...BACKEND)
    .action(async (id: string, opts, cmd: Command) => {
      const { runForceUnlock } = await import('../force-unlock.js');
      await run(() => runForceUnlock(id, { ...cmd.optsWithGlobals(), ...opts }))();
    });

  program
    .command('test')
    .description('test one integration\'s connection (latency, version, license, warnings); exit 0 connected, 1 failed')
    .argument('<name>', 'integration name')
    .argument('[paths...]', 'manifest files or directories (default: `manifests` in the config)')
    .option(...BACKEND)
    .option('--timeout <duration>', 'give up after this long, e.g. 30s', '30s')
    .action(async (name: string, paths: string[], opts, cmd: Command) => {
      const { runTest } = await import('../test-connection.js');
      await run(() => runTest(name, paths, { ...cmd.optsWithGlobals(), ...opts }))();
    });
}
