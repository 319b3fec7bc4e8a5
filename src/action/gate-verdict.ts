// The gate verdict back from its versioned JSON (secwire gate --format json), and its one-line status description.
import type { GateVerdict, ThresholdSummary } from '../gate/types.js';

/** Inverse of gateToJson (src/gate/render-json.ts). */
export function verdictFromJson(json: Record<string, unknown>): GateVerdict {
  const { format_version: _version, thresholds, baseline, ...rest } = json;
  return {
    ...(rest as unknown as GateVerdict),
    ...(baseline ? { baseline: baseline as GateVerdict['baseline'] } : {}),
    thresholds: ((thresholds ?? []) as ({ format: ThresholdSummary['format'] } & Record<string, unknown>)[]).map(({ format, ...attribution }) => ({
      format,
      attribution: attribution as unknown as ThresholdSummary['attribution'],
    })),
  };
}

export { commitState, statusDescription } from '../gate/status.js';
