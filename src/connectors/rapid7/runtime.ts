// Rapid7 InsightVM's run-time side: the connection test. On the console, administration info proves the credentials,
// then the licence; in the cloud, the platform's /validate proves the key, then the v4 scan-engine list proves InsightVM access.
import type { ConnectorRuntime } from '../../catalog/runtime.js';
import { rapid7Api, rapid7Deployment } from './client.js';
import { rapid7CloudApi } from './cloud-client.js';
import { cloudConnectionResult } from './cloud-mapper.js';
import { connectionResult } from './mapper.js';

export const rapid7Runtime: ConnectorRuntime = {
  async testConnection(ctx) {
    if (rapid7Deployment(ctx) === 'cloud') {
      const cloud = rapid7CloudApi(ctx);
      const validation = await cloud.validate();
      const engines = await cloud.scanEngines();
      return cloudConnectionResult(cloud.region, engines.body, validation.latencyMs);
    }
    const api = rapid7Api(ctx);
    const info = await api.info();
    const license = await api.license();
    return connectionResult(info.body, license?.body, String(ctx.auth.username ?? ''), info.latencyMs, new Date());
  },
};
