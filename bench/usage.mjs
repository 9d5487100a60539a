// Runs a Node script in this process and reports, when it exits, its peak
// resident memory and the CPU time it used (user + system, worker threads
// included: they are threads of this process). bench/validate.mjs runs both
// c21lab and ajv-cli through it, so the wrapper costs the same on both sides.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nC21LAB_PEAK_RSS=${u.maxRSS * 1024}\nC21LAB_CPU_US=${u.userCPUTime + u.systemCPUTime}\n`);
});
await import(pathToFileURL(resolve(script)).href);
