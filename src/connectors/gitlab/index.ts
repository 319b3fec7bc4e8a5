// Registers the GitLab connector.
import { registerConnector } from '../../catalog/registry.js';
import { gitlabEntry } from './catalog.js';

registerConnector({ entry: gitlabEntry });
