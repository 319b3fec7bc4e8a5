// Registers the Azure DevOps connector.
import { registerConnector } from '../../catalog/registry.js';
import { azureDevopsEntry } from './catalog.js';

registerConnector({ entry: azureDevopsEntry });
