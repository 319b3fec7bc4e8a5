// Registers the Bitbucket connector.
import { registerConnector } from '../../catalog/registry.js';
import { bitbucketEntry } from './catalog.js';

registerConnector({ entry: bitbucketEntry });
