// Counts findings per normalized severity (all five keys always present).
import type { Severity } from '../catalog/types.js';
import type { Finding } from './finding.generated.js';
import { SEVERITY_LEVELS } from './formats.js';

export function summarizeBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITY_LEVELS.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (Object.prototype.hasOwnProperty.call(counts, f.severity)) counts[f.severity]++;
  return counts;
}
