#!/usr/bin/env node
// Thin shim: all logic lives in the built entry, which returns an exit code
// instead of calling process.exit (so pending writes and stdout flush first).
// `--version` and the help screens are answered first by the fast path,
// which loads no command, commander or chalk (dist/cli/fast.js).
// main() comes from dist/bundle/ when the build made it (the same modules
// in fewer files, which node loads faster: src/gen/bundle.ts), else from the
// modules tsc wrote in dist/cli/.
import { existsSync } from 'node:fs';
import { fastPath } from '../dist/cli/fast.js';

const argv = process.argv.slice(2);
const fast = fastPath(argv, process);
if (fast !== undefined) process.exitCode = fast;
else {
  const bundled = new URL('../dist/bundle/main.js', import.meta.url);
  const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');
  process.exitCode = await main(argv);
}
