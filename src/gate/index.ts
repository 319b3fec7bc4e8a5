// Public API of the gate: choose the policy, attribute thresholds, evaluate, and render the verdict.
export { selectPolicy, type EntryOf } from './policy.js';
export { attributeFormats } from './attribute.js';
export { matchBranch, shortBranchName } from './branch.js';
export { evaluate, bySeverityThenPlace } from './evaluate.js';
export { oneLine, shortRule, whereOf } from './describe.js';
export { ciContext, pullRequestNumberOf, type CiContext } from './ci-env.js';
export { gateEvent, GATE_EVENT_VERSION, type GateEvent, type GateFiles } from './event.js';
export { GateInputError } from './errors.js';
export { renderGateText } from './render-text.js';
export { renderGateJson, gateToJson, GATE_JSON_VERSION } from './render-json.js';
export { renderGateAnnotations, annotationPath, MAX_ANNOTATIONS } from './render-annotations.js';
export { renderGateMarkdown, GATE_MARKDOWN_MARKER } from './render-markdown.js';
export { commitState, statusDescription, GATE_CONTEXT } from './status.js';
export type * from './types.js';
