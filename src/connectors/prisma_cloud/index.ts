// Registers the Prisma Cloud connector; its runtime loads on first use.
import { registerConnector } from '../../catalog/registry.js';
import { prismaCloudEntry } from './catalog.js';

registerConnector({ entry: prismaCloudEntry, runtime: () => import('./runtime.js').then((m) => m.prismaCloudRuntime) });
