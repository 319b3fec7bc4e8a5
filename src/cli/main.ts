// The command tree. Each command's module is imported only when it runs, so start-up stays fast.
import { Command, CommanderError, Option } from 'commander';
import { DIAGNOSTIC_FORMATS } from './render-diagnostics.js';
import { reportFailure } from './report-failure.js';
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

  program
    .command('plan')
    .description('show what apply would change in the hub; exit 0 (with --detailed-exitcode: 0 no changes, 2 changes), 1 error')
    .argument('[paths...]', 'manifest files or directories (default: `manifests` in the config)')
    .option('--backend <url>', 'hub state backend (default: `backend` in the config, file:.secwire/hub.db)')
    .option('--out <file>', 'save the plan for `secwire apply FILE`')
    .option('--json', 'print the plan as versioned JSON (docs/plan-json.md)')
    .option('--markdown <file>', 'also write the plan as Markdown (PR comments, job summaries)')
    .option('--detailed-exitcode', 'exit 2 when there are changes')
    .option('--deny-loosening', 'exit 1 when any change loosens security posture')
    .option('--target <name>', 'limit the plan to this integration (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--allow-mass-delete', 'allow deleting more than safety.max_delete_percent of managed records')
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runPlan } = await import('./plan.js');
      await run(() => runPlan(paths, { ...cmd.optsWithGlobals(), ...opts }))();
    });

  program
    .command('apply')
    .description('apply the manifests (or a saved plan file) to the hub; exit 0 applied, 1 error or partial failure')
    .argument('[planfile-or-paths...]', 'a plan file from `plan --out`, or manifest files or directories')
    .option('--backend <url>', 'hub state backend')
    .option('--auto-approve', 'apply without asking')
    .option('--target <name>', 'limit to this integration (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--parallelism <n>', 'changes applied at once (default: apply.parallelism, 10)')
    .option('--lock-timeout <duration>', 'wait this long for the store lock, e.g. 30s', '0s')
    .option('--allow-mass-delete', 'allow deleting more than safety.max_delete_percent of managed records')
    .action(async (args: string[], opts, cmd: Command) => {
      const { runApply } = await import('./apply.js');
      await run(() => runApply(args, { ...cmd.optsWithGlobals(), ...opts }))();
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
