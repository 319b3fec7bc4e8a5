// The scanner conformance suite: every scanner connector with a runtime, against its fake (see conformance-suite.ts).
import { conformanceSuite } from './conformance-suite.js';

conformanceSuite('scanner');
