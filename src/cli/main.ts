// The command tree. Each command's module is imported only when it runs, so start-up stays fast.
import { Command, CommanderError, Option } from 'commander';
import { DIAGNOSTIC_FORMATS } from './render-diagnostics.js';
import { reportFailure } from './report-failure.js';
import { VERSION } from './version.js';

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('secwire')
    .description('Config-as-code for a security integration hub: validate, plan and apply YAML manifests.')
    .version(VERSION, '-V, --version')
    .option('-c, --config <file>', 'config file (default: found from the current directory: secwire.config.yaml, .secwirerc, …)')
    .option('--debug', 'show stack traces of internal errors')
    .showSuggestionAfterError(true)
    .exitOverride();

  const run = (load: () => Promise<number>) => async () => {
    exitCode = await load();
  };

  program
    .command('validate')
    .description('check manifests against the catalog schemas and cross-references; exit 0 valid, 1 invalid')
    .argument('[paths...]', 'manifest files or directories (default: `manifests` in the config)')
    .addOption(new Option('--format <format>', 'output format').choices(DIAGNOSTIC_FORMATS).default('text'))
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runValidate } = await import('./validate.js');
      await run(() => runValidate(paths, { ...cmd.optsWithGlobals(), format: opts.format }))();
    });

  program
    .command('catalog')
    .description('list the connector catalog, or describe one type')
    .argument('[type]', 'a connector type')
    .option('--json', 'print JSON with every field descriptor')
    .action(async (type: string | undefined, opts: { json?: boolean }) => {
      const { runCatalog } = await import('./catalog.js');
      await run(() => runCatalog(type, opts))();
    });

  program
    .command('schema')
    .description('write the JSON Schemas of manifests, connectors and the config')
    .option('--out <dir>', 'output directory', 'schemas')
    .action(async (opts: { out: string }) => {
      const { runSchema } = await import('./schema.js');
      await run(() => runSchema(opts))();
    });

  program
    .command('keygen')
    .description('create the repository key pair (public key to commit, private key kept out of git)')
    .option('--dir <dir>', 'write the key files under this directory instead of the configured paths')
    .option('--force', 'overwrite existing key files (old sealed values become unreadable)')
    .option('--rotate', 'add a new key and keep the old private keys for unsealing')
    .action(async (opts, cmd: Command) => {
      const { runKeygen } = await import('./keygen.js');
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
      const { runSeal } = await import('./seal.js');
      await run(() => runSeal(paths, { ...cmd.optsWithGlobals(), ...opts }))();
    });

  program
    .command('reseal')
    .description('re-encrypt every sealed value to the newest key, in place')
    .argument('[paths...]', 'manifest files or directories (default: `manifests` in the config)')
    .action(async (paths: string[], _opts, cmd: Command) => {
      const { runReseal } = await import('./reseal.js');
      await run(() => runReseal(paths, cmd.optsWithGlobals()))();
    });

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
