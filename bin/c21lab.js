#!/usr/bin/env node
// Thin shim: all logic lives in the built entry, which returns an exit code
// instead of calling process.exit (so pending writes and stdout flush first).
// `--version` and the help screens are answered first by the fast path,
// which loads no command, commander or chalk (dist/cli/fast.js).
// main() comes, in this order, from the classic-script build run through
// the V8 code cache (dist/bundle/main.cjs: src/render/cache/main-script.ts),
// from the ES module bundle (dist/bundle/main.js: fewer files, which node
// loads faster: src/gen/bundle.ts), else from the modules tsc wrote in
// dist/cli/. All three behave byte for byte the same.
import { existsSync } from 'node:fs';
import { fastPath } from '../dist/cli/fast.js';

const argv = process.argv.slice(2);
const fast = fastPath(argv, process);
if (fast !== undefined) process.exitCode = fast;
else {
  const script = new URL('../dist/render/cache/main-script.js', import.meta.url);
  const cached = existsSync(script) ? (await import(script.href)).cachedMain(argv) : undefined;
  const bundled = new URL('../dist/bundle/main.js', import.meta.url);
  const main = cached ?? (await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js')).main;
  process.exitCode = await main(argv);
}
