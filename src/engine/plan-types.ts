// The plan's data: what changes, why, and how it moves security posture. Renderers live apart from it.

export type ChangeAction = 'create' | 'update' | 'delete' | 'no-op';
export type Posture = 'tightening' | 'loosening' | 'neutral';

/** One field that differs. Secret fields carry `sensitive` and never a value. */
export interface FieldChange {
  /** Dotted path inside the record, e.g. spec.ci.gate.block or secrets.auth.api_token. */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly sensitive?: 'sensitive' | 'sensitive value changed' | 'sensitive value unknown';
  readonly posture: Posture;
  /** Why the posture is what it is, in a few words, when not neutral. */
  readonly postureReason?: string;
}

export interface ResourceChange {
  readonly name: string;
  readonly type: string;
  readonly action: ChangeAction;
  /** One sentence: why this action. */
  readonly reason: string;
  readonly fields: FieldChange[];
  readonly posture: Posture;
  /** The hub's record was changed outside secwire since it was last applied. */
  readonly drift: boolean;
  /** Delete refused: the record is protected. */
  readonly blocked?: string;
  readonly sourceFile?: string;
}

export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
  readonly unchanged: number;
  /** Records in the hub that secwire does not manage; never touched. */
  readonly unmanaged: number;
  readonly loosening: number;
  readonly tightening: number;
}

export interface Plan {
  readonly changes: ResourceChange[];
  readonly unmanaged: string[];
  readonly summary: PlanSummary;
  /** False when some input could not be compared (e.g. a secret whose change cannot be known). */
  readonly complete: boolean;
  /** False when applying would be refused (protected deletes, mass delete without the flag). */
  readonly applyable: boolean;
  /** Why the plan is not applyable, each a full sentence with what to do. */
  readonly blockers: string[];
}
