// What every command needs: the config, the manifest paths, the terminal. Built once per run.
import { loadConfig, loadLimits, manifestPaths, type ResolvedConfig } from '../manifest/config.js';
import { loadManifests, type ManifestSet } from '../manifest/load-manifests.js';
import { processTerminal, type Terminal } from './terminal.js';
import '../connectors/index.js';

export interface GlobalOptions {
  readonly config?: string;
  readonly debug?: boolean;
}

export interface CommandContext {
  readonly cwd: string;
  readonly term: Terminal;
  readonly resolved: ResolvedConfig;
}

export async function commandContext(globals: GlobalOptions, term: Terminal = processTerminal()): Promise<CommandContext> {
  const cwd = process.cwd();
  return { cwd, term, resolved: await loadConfig(cwd, globals.config) };
}

export async function loadManifestSet(ctx: CommandContext, paths: readonly string[]): Promise<ManifestSet> {
  const limits = loadLimits(ctx.resolved.config);
  return loadManifests(manifestPaths(paths, ctx.resolved, ctx.cwd), { limits, maxFiles: limits.maxFiles });
}
