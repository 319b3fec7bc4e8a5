// Commands that plan and apply against the hub: plan, apply.
import type { Command } from 'commander';
import type { Runner } from './runner.js';

export function register(program: Command, run: Runner): void {
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
    .option('--check-remote', 'also check ticket mappings against the live ITSM instances (needs the private key)')
    .option('--against-ref <ref>', 'plan the manifests at a git ref against the working tree (no hub, no key): what a pull request changes')
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runPlan } = await import('../plan.js');
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
    .option('--skip-connection-tests', 'store credentials without testing them against the vendors (says so)')
    .option('--allow-mass-delete', 'allow deleting more than safety.max_delete_percent of managed records')
    .action(async (args: string[], opts, cmd: Command) => {
      const { runApply } = await import('../apply.js');
      await run(() => runApply(args, { ...cmd.optsWithGlobals(), ...opts }))();
    });
}
