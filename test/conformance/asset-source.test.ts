// The asset_source conformance suite: every CI connector with a runtime, against its fake (see conformance-suite.ts).
import { conformanceSuite } from './conformance-suite.js';

conformanceSuite('asset_source');
