// Commands registered by the gate group (filled in as they land).
import type { Command } from 'commander';
import type { Runner } from './runner.js';

export function register(_program: Command, _run: Runner): void {}
