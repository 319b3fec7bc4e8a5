import { describe, expect, it } from 'vitest';
import type { ManifestSet } from '../../manifest/load-manifests.js';
import { WatchController, type CycleOutcome } from './controller.js';

const outcome = (label: string): CycleOutcome => ({ set: { files: [label], integrations: [], diagnostics: [] } as ManifestSet });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('WatchController', () => {
  it('discards a cycle whose input changed while it ran, and shows only the rerun', async () => {
    const cycles: string[][] = [];
    const shown: string[] = [];
    let calls = 0;
    const controller = new WatchController(
      {
        async cycle(changed) {
          calls++;
          cycles.push([...changed].map((f) => f.split('/').pop()!));
          await sleep(60);
          return outcome(`cycle ${calls}`);
        },
        async show(o) {
          shown.push(o.set.files[0]!);
        },
      },
      10,
    );
    controller.notify('change', '/m/a.yaml');
    await sleep(30); // the first cycle is running now
    controller.notify('change', '/m/b.yaml');
    await sleep(200);
    await controller.idle();
    expect(cycles).toEqual([['a.yaml'], ['b.yaml']]);
    expect(shown).toEqual(['cycle 2']);
  });

  it('debounces a burst into one cycle with every changed file', async () => {
    const seen: number[] = [];
    const controller = new WatchController({ cycle: async (changed) => (seen.push(changed.size), outcome('x')), show: async () => {} }, 20);
    for (let i = 0; i < 50; i++) controller.notify('change', `/m/f${i % 5}.yaml`);
    await sleep(80);
    await controller.idle();
    expect(seen).toEqual([5]);
    expect(controller.cycles).toBe(1);
  });
});
