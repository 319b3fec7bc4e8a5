// Commands that read manifests and the catalog: validate, catalog, schema.
import { Command, Option } from 'commander';
import { DIAGNOSTIC_FORMATS } from '../render-diagnostics.js';
import type { Runner } from './runner.js';

export function register(program: Command, run: Runner): void {
  program
    .command('validate')
    .description('check manifests against the catalog schemas and cross-references; exit 0 valid, 1 invalid')
    .argument('[paths...]', 'manifest files or directories (default: `manifests` in the config)')
    .addOption(new Option('--format <format>', 'output format').choices(DIAGNOSTIC_FORMATS).default('text'))
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runValidate } = await import('../validate.js');
      await run(() => runValidate(paths, { ...cmd.optsWithGlobals(), format: opts.format }))();
    });

  program
    .command('catalog')
    .description('list the connector catalog, or describe one type')
    .argument('[type]', 'a connector type')
    .option('--json', 'print JSON with every field descriptor')
    .action(async (type: string | undefined, opts: { json?: boolean }) => {
      const { runCatalog } = await import('../catalog.js');
      await run(() => runCatalog(type, opts))();
    });

  program
    .command('schema')
    .description('write the JSON Schemas of manifests, connectors and the config')
    .option('--out <dir>', 'output directory', 'schemas')
    .action(async (opts: { out: string }) => {
      const { runSchema } = await import('../schema.js');
      await run(() => runSchema(opts))();
    });
}
