// Registers the Jira connector.
import { registerConnector } from '../../catalog/registry.js';
import { jiraEntry } from './catalog.js';

registerConnector({ entry: jiraEntry });
