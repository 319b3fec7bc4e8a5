// What every command needs: the config, the manifest paths, the terminal. Built once per run.
import { loadConfig, loadLimits, manifestPaths, type ResolvedConfig } from '../manifest/config.js';
import { loadManifests, type ManifestSet } from '../manifest/load-manifests.js';
import type { SealedCheckOptions } from '../manifest/sealed-checks.js';
import { readPublicKey } from '../secrets/public-key-file.js';
import { keyPaths } from './key-paths.js';
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
  return loadManifests(manifestPaths(paths, ctx.resolved, ctx.cwd), { limits, maxFiles: limits.maxFiles, sealed: await sealedCheckOptions(ctx) });
}

/** The repository's current key id, so values sealed to an older key get a warning to reseal. No key file, no warning. */
export async function sealedCheckOptions(ctx: CommandContext): Promise<SealedCheckOptions> {
  try {
    return { currentKeyId: (await readPublicKey(keyPaths(ctx.resolved).pubPath)).keyId };
  } catch {
    return {};
  }
}
