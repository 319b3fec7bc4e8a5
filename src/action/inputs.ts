// The Action's inputs (action.yml), read once.
import { ActionError, getBooleanInput, getInput, getListInput } from './workflow.js';

export const COMMANDS = ['validate', 'plan', 'apply', 'gate'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export interface ActionInputs {
  readonly command: ActionCommand;
  readonly paths: readonly string[];
  readonly findings: readonly string[];
  readonly baseline: readonly string[];
  readonly integration: string;
  readonly githubToken: string;
  readonly backend: string;
  readonly privateKey: string;
  readonly denyLoosening: boolean;
  readonly prComment: boolean;
}

export function readInputs(): ActionInputs {
  const command = getInput('command');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new ActionError(`input command must be one of ${COMMANDS.join(', ')}${command ? `, not "${command}"` : ''}`);
  }
  return {
    command: command as ActionCommand,
    paths: getListInput('paths'),
    findings: getListInput('findings'),
    baseline: getListInput('baseline'),
    integration: getInput('integration'),
    githubToken: getInput('github-token'),
    backend: getInput('backend'),
    privateKey: getInput('private-key'),
    denyLoosening: getBooleanInput('deny-loosening', false),
    prComment: getBooleanInput('pr-comment', false),
  };
}
