// A connector's capabilities and its runtime agree: what the catalog promises (and the README table shows) is what
// the core can call, and nothing callable goes unannounced.
import { expect, it } from 'vitest';
import '../../src/connectors/index.js';
import { listConnectors } from '../../src/catalog/registry.js';
import type { ConnectorRuntime } from '../../src/catalog/runtime.js';
import type { Capability } from '../../src/catalog/types.js';

const OPERATIONS: readonly [Capability, keyof ConnectorRuntime][] = [
  ['connection_test', 'testConnection'],
  ['commit_status', 'setCommitStatus'],
  ['pr_comment', 'upsertComment'],
  ['build_report', 'reportBuild'],
];

it('pairs each capability with its runtime operation, both ways', async () => {
  const mismatches: string[] = [];
  for (const connector of listConnectors()) {
    const runtime = connector.runtime ? await connector.runtime() : {};
    for (const [capability, operation] of OPERATIONS) {
      const declared = connector.entry.capabilities.includes(capability);
      const implemented = typeof runtime[operation] === 'function';
      if (declared !== implemented) mismatches.push(`${connector.entry.type}: ${capability} ${declared ? 'declared' : 'not declared'}, ${operation} ${implemented ? 'implemented' : 'missing'}`);
    }
  }
  expect(mismatches).toEqual([]);
});
