#!/usr/bin/env node
// Thin shim: all logic lives in the built entry, which returns an exit code
// instead of calling process.exit (so pending writes and stdout flush first).
// `--version` and the help screens are answered first by the fast path,
// which loads no command, commander or chalk (dist/cli/fast.js).
import { fastPath } from '../dist/cli/fast.js';

const argv = process.argv.slice(2);
const fast = fastPath(argv, process);
if (fast !== undefined) process.exitCode = fast;
else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(argv);
}
