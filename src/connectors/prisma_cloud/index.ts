// Registers the Prisma Cloud connector.
import { registerConnector } from '../../catalog/registry.js';
import { prismaCloudEntry } from './catalog.js';

registerConnector({ entry: prismaCloudEntry });
