// Every command group, in help order. A group file registers its commands; their modules load lazily.
import type { Command } from 'commander';
import { register as core } from './core-commands.js';
import { register as gate } from './gate-commands.js';
import { register as plan } from './plan-commands.js';
import type { Runner } from './runner.js';
import { register as secret } from './secret-commands.js';
import { register as state } from './state-commands.js';
import { register as watch } from './watch-commands.js';

export const COMMAND_GROUPS: readonly ((program: Command, run: Runner) => void)[] = [core, plan, watch, state, secret, gate];
