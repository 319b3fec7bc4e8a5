// What a vendor's fake for the conformance suites provides: its routes, its auth failure, and a manifest pointing at it.
import type { ConnectionTestResult, MappingProblem } from '../../src/catalog/runtime.js';
import type { FakeHandler, FakeResponse, FakeRoutes } from '../fakes/fake-server.js';

export interface VendorFake {
  /** Catalog type id; the module lives at test/conformance/fakes/<type>.ts (it may export variants too). */
  readonly type: string;
  /**
   * Set on a second fake of the same type for another deployment or auth mode (cloud, data_center …): the suite runs
   * every case against it too, as `type (variant)`. Each type has exactly one fake without a variant.
   */
  readonly variant?: string;
  /** Routes answering every request of a successful connection test (and, for itsm, of checkMappings). */
  routes(): FakeRoutes;
  /** Route key of the request that proves the credentials, e.g. `GET /rest/api/3/myself`: failures are injected there. */
  readonly probe: string;
  /** What the vendor answers to bad credentials on the probe (status and body as the vendor sends them). */
  readonly authFailure: FakeResponse;
  /** The integration's spec for a manifest pointing at `url` (auth and config without secrets, ticketing …). */
  spec(url: string): Record<string, unknown>;
  /** Plaintext secrets by field path (auth.api_token …); the suite checks none leaks. */
  readonly secrets: Readonly<Record<string, string>>;
  /** The vendor's published description in ../shared/openapi/, or why there is none. */
  readonly openapi:
    | {
        readonly file: string;
        readonly prefixes?: readonly string[];
        /** Request paths the description does not cover by design (an OAuth token URL it names only as `tokenUrl`). */
        readonly outside?: readonly string[];
        /** The vendor wraps lists as `{ count, value: [...] }` where its description declares the bare array. */
        readonly listEnvelope?: 'value';
      }
    | { readonly none: string };
  /** Vendor-specific checks of a successful result (version, user, licence parsed from the fake's answers). */
  expectResult?(result: ConnectionTestResult): void;
  /** itsm: mappings the fake's instance does not know, and the problems checkMappings must report. */
  readonly badMappings?: { spec(url: string): Record<string, unknown>; expected: readonly Partial<MappingProblem>[] };
}

export type { FakeHandler, FakeResponse };
