// Runs a Node script in this process and reports its peak resident memory
// (worker threads included) on stderr when it exits. Used by bench/lib.mjs
// for both c21lab and its baselines, so the wrapper's cost is the same on
// both sides.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => {
  process.stderr.write(`\nC21LAB_PEAK_RSS=${process.resourceUsage().maxRSS * 1024}\n`);
});
await import(pathToFileURL(resolve(script)).href);
