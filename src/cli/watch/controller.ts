// The watch loop: collects changes, debounces them, runs one cycle at a time, and reruns a cycle made stale meanwhile.
import path from 'node:path';
import { hasErrors } from '../../manifest/diagnostics.js';
import type { ManifestSet } from '../../manifest/load-manifests.js';
import type { Plan } from '../../engine/plan-types.js';

export interface CycleOutcome {
  readonly set: ManifestSet;
  readonly plan?: Plan;
}

export interface ControllerHooks {
  /** Re-reads the changed files (or all, after a config change) and plans; must not throw for bad input. */
  cycle(changed: ReadonlySet<string>, relist: boolean, reloadConfig: boolean): Promise<CycleOutcome>;
  /** Shows a finished, current cycle. */
  show(outcome: CycleOutcome, durationMs: number): Promise<void>;
}

export class WatchController {
  private changed = new Set<string>();
  private relist = false;
  private reloadConfig = false;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Bumped by every event: a cycle that started at an older generation is stale. */
  private generation = 0;
  cycles = 0;

  constructor(
    private readonly hooks: ControllerHooks,
    private readonly debounceMs = 50,
    private readonly configFiles: ReadonlySet<string> = new Set(),
  ) {}

  /** A file event from the watcher. */
  notify(event: string, file: string): void {
    this.generation++;
    const resolved = path.resolve(file);
    if (this.configFiles.has(resolved)) this.reloadConfig = true;
    else if (event === 'change') this.changed.add(resolved);
    else {
      this.relist = true;
      this.changed.add(resolved);
    }
    this.schedule();
  }

  /** Runs a cycle now (initial run, `p` key). */
  trigger(full = false): Promise<void> {
    this.generation++;
    if (full) this.relist = true;
    return this.run();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.debounceMs);
  }

  private async run(): Promise<void> {
    if (this.running) return; // the running cycle sees the new generation and reruns
    this.running = this.loop();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async loop(): Promise<void> {
    for (;;) {
      const started = this.generation;
      const changed = this.changed;
      const relist = this.relist;
      const reloadConfig = this.reloadConfig;
      this.changed = new Set();
      this.relist = false;
      this.reloadConfig = false;
      const t0 = performance.now();
      const outcome = await this.hooks.cycle(changed, relist, reloadConfig);
      if (this.generation !== started) continue; // input changed while this ran: never show a stale result
      this.cycles++;
      await this.hooks.show(outcome, performance.now() - t0);
      if (this.generation === started) return;
    }
  }

  /** Waits for a running cycle; used on exit. */
  async idle(): Promise<void> {
    clearTimeout(this.timer);
    await this.running;
  }
}

export function outcomeIsValid(outcome: CycleOutcome): boolean {
  return !hasErrors(outcome.set.diagnostics);
}
