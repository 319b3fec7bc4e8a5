// Commands of the merge gate: findings (what secwire reads from a scanner file) and gate (the policy verdict).
import { Command, Option } from 'commander';
import type { Runner } from './runner.js';

export function register(program: Command, run: Runner): void {
  program
    .command('findings')
    .description('print the normalized findings of scanner files (SARIF, Nuclei, Nmap, Masscan, Nessus) and a count per severity')
    .argument('<files...>', 'findings files; the format is detected from the content')
    .option('--json', 'print one finding per line as JSON (NDJSON); the count goes to stderr')
    .action(async (files: string[], opts: { json?: boolean }, cmd: Command) => {
      const { runFindings } = await import('../findings.js');
      await run(() => runFindings(files, { ...cmd.optsWithGlobals(), ...opts }))();
    });

  program
    .command('gate')
    .description('evaluate the merge gate of an asset_source integration over findings files; exit 0 pass, warn or skipped, 1 blocked, 2 could not evaluate')
    .argument('[paths...]', 'manifest files or directories (default: `manifests` in the config)')
    .requiredOption('--findings <files...>', 'findings files to gate on (manifest paths go before this option)')
    .option('--baseline <files...>', 'findings of the base branch: only findings not in them are new')
    .option('--integration <name>', 'the asset_source integration whose ci block is the policy (default: the only one with a ci block)')
    .option('--scanner <name>', 'the scanner or pull_only integration whose import_severity_threshold applies (default: the only one importing the format)')
    .option('--branch <name>', 'branch the change goes to (default: from the CI environment; on a pull request its target branch)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github', 'markdown']).default('text'))
    .option('--report-only', 'shadow mode: evaluate and report, but always exit 0')
    .option('--report', "set the secwire/gate commit status (and the PR comment when ci.pr_comment) through the policy integration's connector")
    .option('--events <file>', 'append the gate event to this file as a JSON line (instead of the hub audit log)')
    .option('--backend <url>', 'hub store whose audit log gets the event, if its file exists (default: `backend` in the config)')
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runGate } = await import('../gate.js');
      await run(() => runGate(paths, { ...cmd.optsWithGlobals(), ...opts }))();
    });
}
