// The Actions runner's file protocol: inputs from INPUT_*, outputs to $GITHUB_OUTPUT, the job summary, log commands.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

type Env = Readonly<Record<string, string | undefined>>;

/** An input as the runner passes it: INPUT_ + the name upper-cased, spaces as '_', hyphens kept. */
export function getInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** true/false (YAML 1.2 core schema words); empty gives `fallback`. */
export function getBooleanInput(name: string, fallback: boolean, env: Env = process.env): boolean {
  const value = getInput(name, env);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ActionError(`input ${name} must be true or false, not "${value}"`);
}

/** A list input: one item per line or separated by spaces or commas. */
export function getListInput(name: string, env: Env = process.env): string[] {
  return getInput(name, env)
    .split(/[\n,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A failure of the Action itself (bad input, missing context): shown as is, without a stack. */
export class ActionError extends Error {
  override readonly name = 'ActionError';
}

/** Writes `name<<DELIM … DELIM` to $GITHUB_OUTPUT (multi-line safe); without it, the legacy stdout command. */
export function setOutput(name: string, value: string, env: Env = process.env): void {
  const file = env['GITHUB_OUTPUT'];
  if (!file) {
    process.stdout.write(`::set-output name=${name}::${escapeData(value)}\n`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY); does nothing outside Actions. */
export function appendSummary(markdown: string, env: Env = process.env): void {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

export function logError(message: string): void {
  process.stdout.write(`::error::${escapeData(message)}\n`);
}

export function logWarning(message: string): void {
  process.stdout.write(`::warning::${escapeData(message)}\n`);
}

export function info(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Every line of a secret is masked in the log (the runner masks per line). */
export function addMask(secret: string): void {
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) process.stdout.write(`::add-mask::${line.trim()}\n`);
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
