// The itsm conformance suite: every itsm connector with a runtime, against its fake (see conformance-suite.ts).
import { conformanceSuite } from './conformance-suite.js';

conformanceSuite('itsm');
