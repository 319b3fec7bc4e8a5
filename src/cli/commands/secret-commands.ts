// Commands of the key lifecycle: keygen, seal, reseal.
import type { Command } from 'commander';
import type { Runner } from './runner.js';

export function register(program: Command, run: Runner): void {
  program
    .command('keygen')
    .description('create the repository key pair (public key to commit, private key kept out of git)')
    .option('--dir <dir>', 'write the key files under this directory instead of the configured paths')
    .option('--force', 'overwrite existing key files (old sealed values become unreadable)')
    .option('--rotate', 'add a new key and keep the old private keys for unsealing')
    .action(async (opts, cmd: Command) => {
      const { runKeygen } = await import('../keygen.js');
      await run(() => runKeygen({ ...cmd.optsWithGlobals(), ...opts }))();
    });

  program
    .command('seal')
    .description('seal a credential read from stdin to the public key, bound to integration, field and destination')
    .argument('[paths...]', 'manifests to find the integration in (default: `manifests` in the config)')
    .requiredOption('--integration <name>', 'integration (metadata.name) the value is for')
    .requiredOption('--field <path>', 'secret field, e.g. auth.api_token')
    .option('--host <url>', 'destination the credential may be sent to (default: the integration\'s URL field)')
    .option('--write <file>', 'put the sealed value into this manifest file in place')
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runSeal } = await import('../seal.js');
      await run(() => runSeal(paths, { ...cmd.optsWithGlobals(), ...opts }))();
    });

  program
    .command('reseal')
    .description('re-encrypt every sealed value to the newest key, in place')
    .argument('[paths...]', 'manifest files or directories (default: `manifests` in the config)')
    .action(async (paths: string[], _opts, cmd: Command) => {
      const { runReseal } = await import('../reseal.js');
      await run(() => runReseal(paths, cmd.optsWithGlobals()))();
    });
}
