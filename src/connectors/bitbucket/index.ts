// Registers the Bitbucket connector (Cloud and Data Center); its runtime (client, mapper) loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { bitbucketEntry } from './catalog.js';

registerConnector({ entry: bitbucketEntry, runtime: () => import('./runtime.js').then((m) => m.bitbucketRuntime) });
