// Finds and checks the project config (cosmiconfig); paths in it are resolved against its directory.
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { cosmiconfig } from 'cosmiconfig';
import type { SecwireConfig } from './generated/config-types.js';
import { validate as validateConfig } from './generated/config-validator.js';
import { DEFAULT_LIMITS, type LoadLimits } from './source-file.js';
import { DEFAULT_MAX_FILES } from './load-manifests.js';

export interface ResolvedConfig {
  readonly config: SecwireConfig;
  /** The config file, or undefined when none was found. */
  readonly file: string | undefined;
  /** Directory relative paths in the config are resolved against. */
  readonly dir: string;
}

export class ConfigError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}

const SEARCH_PLACES = [
  'secwire.config.yaml',
  'secwire.config.yml',
  'secwire.config.json',
  '.secwirerc',
  '.secwirerc.yaml',
  '.secwirerc.yml',
  '.secwirerc.json',
  'package.json',
];

export async function loadConfig(cwd: string, explicit?: string): Promise<ResolvedConfig> {
  const explorer = cosmiconfig('secwire', { searchPlaces: SEARCH_PLACES, searchStrategy: 'project' });
  let result;
  try {
    result = explicit ? await explorer.load(path.resolve(cwd, explicit)) : await explorer.search(cwd);
  } catch (error) {
    throw new ConfigError(`cannot read config: ${(error as Error).message.split('\n')[0]}`, 'fix the config file, or pass --config FILE');
  }
  if (!result || result.isEmpty) return { config: {}, file: result?.filepath, dir: cwd };
  if (!validateConfig(result.config)) {
    const errors = (validateConfig as unknown as { errors?: ErrorObject[] }).errors ?? [];
    const problems = errors.map((e) => `${e.instancePath || '(top)'} ${e.message}${e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
    throw new ConfigError(`${path.relative(cwd, result.filepath) || result.filepath}: ${problems.join('; ')}`, 'see the configuration section of the README');
  }
  return { config: result.config as SecwireConfig, file: result.filepath, dir: path.dirname(result.filepath) };
}

/** Paths from the command line as given; else the config's `manifests`, relative to the config file. */
export function manifestPaths(args: readonly string[], resolved: ResolvedConfig, cwd: string): string[] {
  if (args.length) return [...args];
  const fromConfig = resolved.config.manifests?.map((p) => path.relative(cwd, path.resolve(resolved.dir, p)) || '.');
  return fromConfig?.length ? fromConfig : ['.'];
}

export function loadLimits(config: SecwireConfig): LoadLimits & { maxFiles: number } {
  return {
    maxFileBytes: config.limits?.max_file_bytes ?? DEFAULT_LIMITS.maxFileBytes,
    maxAliasCount: config.limits?.max_alias_count ?? DEFAULT_LIMITS.maxAliasCount,
    maxFiles: config.limits?.max_files ?? DEFAULT_MAX_FILES,
  };
}
