// `npm run bench [-- --quick]`: every speed target of the project, each a
// ratio against a baseline run side by side on this machine (see lib.mjs).
// Each bench is its own script, run here as a child process one after the
// other with `--quick` passed on, so one bench's memory and JIT state never
// weigh on the next. A bench script is any of BENCHES below that exists
// (bench/room.mjs and bench/pdf.mjs are picked up once they are written):
// it prints its figures and PASS/MISS lines and exits 0 when it ran.
// At the end, every PASS/MISS line is repeated as a summary.
// Exits 0 even when a target is missed: the figures are the result;
// exits 1 only when a bench script itself failed to run.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { machine } from './lib.mjs';

const BENCHES = ['startup', 'validate', 'radar', 'report', 'set', 'room', 'pdf'];
const quick = process.argv.includes('--quick');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

function runBench(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...(quick ? ['--quick'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code, verdicts: out.split('\n').filter((l) => /^(PASS|MISS) /.test(l)) }));
  });
}

console.log(`c21lab bench on ${machine()}${quick ? ' (quick)' : ''}`);
const summary = [];
let failed = false;
for (const name of BENCHES) {
  if (only.length > 0 && !only.includes(name)) continue;
  const script = fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));
  if (!existsSync(script)) continue;
  console.log(`\n== ${name} ==`);
  const { code, verdicts } = await runBench(script);
  summary.push(...verdicts);
  if (code !== 0) {
    failed = true;
    summary.push(`FAIL  bench/${name}.mjs exited ${code}`);
  }
}
console.log(`\n== summary (${machine()}) ==`);
for (const line of summary) console.log(line);
process.exitCode = failed ? 1 : 0;
