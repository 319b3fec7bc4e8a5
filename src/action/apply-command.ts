// command: apply — `secwire apply --auto-approve` against the `backend` input; the result goes to the job summary.
import { stripVTControlCharacters } from 'node:util';
import { requireStore } from './embedded-store.js';
import type { ActionInputs } from './inputs.js';
import { runCli } from './run-cli.js';
import { ActionError, appendSummary } from './workflow.js';

export async function runApply(inputs: ActionInputs): Promise<void> {
  await requireStore(inputs.backend || undefined, process.cwd(), undefined);
  // The keyring goes where the CLI reads it (SECWIRE_PRIVATE_KEY); it was masked in the log already.
  if (inputs.privateKey) process.env['SECWIRE_PRIVATE_KEY'] = inputs.privateKey;
  const args = ['apply', '--auto-approve', ...(inputs.backend ? ['--backend', inputs.backend] : []), ...inputs.paths];
  const { code, stdout } = await runCli(args, true);
  const text = stripVTControlCharacters(stdout);
  process.stdout.write(text);
  appendSummary(`### ${code === 0 ? '✅' : '❌'} secwire apply\n\n\`\`\`text\n${text.replace(/```/g, "'''")}${text.endsWith('\n') ? '' : '\n'}\`\`\`\n`);
  if (code !== 0) throw new ActionError(`secwire apply failed (exit ${code}): see the log above`);
}
