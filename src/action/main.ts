// The Action: reads the inputs, runs one secwire command in-process, reports to GitHub; a throw fails the step.
import { existsSync } from 'node:fs';
import { redact } from '../cli/redaction.js';
import { runApply } from './apply-command.js';
import { runContext } from './event.js';
import { runGate } from './gate-command.js';
import { readInputs } from './inputs.js';
import { runPlan } from './plan-command.js';
import { runValidate } from './validate-command.js';
import { addMask, logError } from './workflow.js';
import '../connectors/index.js';

export async function run(): Promise<void> {
  try {
    const workspace = process.env['GITHUB_WORKSPACE'];
    if (workspace && existsSync(workspace)) process.chdir(workspace);
    const inputs = readInputs();
    if (inputs.githubToken) addMask(inputs.githubToken);
    if (inputs.privateKey) addMask(inputs.privateKey);
    const context = runContext();
    switch (inputs.command) {
      case 'validate':
        return await runValidate(inputs);
      case 'plan':
        return await runPlan(inputs, context);
      case 'apply':
        return await runApply(inputs);
      case 'gate':
        return await runGate(inputs, context);
    }
  } catch (error) {
    logError(redact(error instanceof Error ? error.message : String(error)));
    process.exitCode = 1;
  }
}
