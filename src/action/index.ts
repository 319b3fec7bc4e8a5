// Entry of the bundled GitHub Action (dist/action/index.js): runs it.
import { run } from './main.js';

await run();
