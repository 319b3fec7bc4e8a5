// The shape every bench module has, so bench/run.ts can run a list of them (validate, startup; later plan, apply, gate, watch).

export interface BenchContext {
  /** Project root: bin/secwire.js and dist/ live here. */
  readonly root: string;
  /** A fresh temporary directory for this bench's inputs; removed afterwards unless --keep. */
  readonly tmp: string;
  /** Progress lines (stderr), so stdout stays the report. */
  log(line: string): void;
}

export interface BenchRow {
  readonly bench: string;
  readonly metric: string;
  /** Milliseconds, or a plain ratio when `unit` is 'x'. */
  readonly value: number;
  readonly unit: 'ms' | 'x';
  /** The value must be at most this to meet the target. */
  readonly target?: number;
  readonly note?: string;
}

export interface BenchModule {
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
