// command: validate — `secwire validate --format github`: ::error annotations on the manifest lines.
import type { ActionInputs } from './inputs.js';
import { runCli } from './run-cli.js';
import { ActionError } from './workflow.js';

export async function runValidate(inputs: ActionInputs): Promise<void> {
  const { code } = await runCli(['validate', '--format', 'github', ...inputs.paths], false);
  if (code !== 0) throw new ActionError('the manifests are invalid: see the annotations on the manifest lines');
}
