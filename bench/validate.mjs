// Issue 11: `c21lab validate` against ajv-cli on the same generated files and
// schema, side by side, alternating runs, medians, in wall time and in CPU
// time, for each corpus of bench/generate.mjs: 1,000 clean files, 1,000 with
// one warning each (a commitment not yet scored), 1,000 with one schema error
// each, 1,000 with one semantic error each (a score of 10), and 10,000 with a
// warning each. Targets: ratio ≤ 1.00 in wall and CPU time, peak memory
// ≤ 200 MB; and time linear in findings (benchFindings).
// `node bench/validate.mjs [--quick] [corpus… | findings]`.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { BIN, OUT, ROOT, median, verdict } from './lib.mjs';
import { generate } from './generate.mjs';

const require = createRequire(import.meta.url);
const USAGE = join(ROOT, 'bench', 'usage.mjs');

/** One run of `node script args` through usage.mjs: wall ms, CPU ms, peak MB, exit code. */
function run(script, args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [USAGE, script, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = /C21LAB_PEAK_RSS=(\d+)/.exec(stderr);
      const cpu = /C21LAB_CPU_US=(\d+)/.exec(stderr);
      resolve({ ms, cpu: cpu ? Number(cpu[1]) / 1000 : NaN, peakMB: rss ? Number(rss[1]) / 1024 / 1024 : NaN, code });
    });
  });
}

export const CORPORA = [
  { name: 'clean', variant: 'clean', count: 1000, code: 0 },
  { name: 'warning', variant: 'warning', count: 1000, code: 0 },
  { name: 'schema error', variant: 'schema', count: 1000, code: 1 },
  { name: 'semantic error', variant: 'semantic', count: 1000, code: 1 },
  { name: 'warning ×10', variant: 'warning', count: 10000, code: 0 },
];

/** `count` (files in the 1,000-file corpora) is kept for older callers; `scale` shrinks every corpus. */
export async function benchValidate({ runs = 5, corpora = CORPORA, count, scale = count ? count / 1000 : 1 } = {}) {
  const ajvCli = require.resolve('ajv-cli/dist/index.js');
  const schema = join(ROOT, 'schemas', 'assessment.schema.json');
  let ok = true;
  for (const corpus of corpora) {
    const count = Math.max(1, Math.round(corpus.count * scale));
    const dir = join(OUT, `validate-${corpus.variant}-${count}`);
    await rm(dir, { recursive: true, force: true });
    await generate(dir, count, corpus.variant);
    const subject = [];
    const baseline = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which side goes first, so a burst of load on the machine hits both alike.
      const first = i % 2 === 0 ? 'subject' : 'baseline';
      const once = (side) => (side === 'subject' ? run(BIN, ['validate', dir]) : run(ajvCli, ajvArgs(schema, dir)));
      const a = await once(first);
      const b = await once(first === 'subject' ? 'baseline' : 'subject');
      subject.push(first === 'subject' ? a : b);
      baseline.push(first === 'subject' ? b : a);
    }
    const wall = median(subject.map((r) => r.ms)) / median(baseline.map((r) => r.ms));
    const cpu = median(subject.map((r) => r.cpu)) / median(baseline.map((r) => r.cpu));
    const peak = Math.max(...subject.map((r) => r.peakMB));
    const codes = [...new Set(subject.map((r) => r.code))];
    console.log(`validate ${count} files, ${corpus.name}: c21lab ${median(subject.map((r) => r.ms)).toFixed(0)} ms wall, ` +
      `${median(subject.map((r) => r.cpu)).toFixed(0)} ms CPU, peak ${peak.toFixed(0)} MB, exit ${codes} · ajv-cli ` +
      `${median(baseline.map((r) => r.ms)).toFixed(0)} ms wall, ${median(baseline.map((r) => r.cpu)).toFixed(0)} ms CPU (${runs} runs each, medians)`);
    ok = verdict(`validate ${corpus.name} (${count} files) wall time vs ajv-cli`, `${wall.toFixed(2)}× (target ≤ 1.00×)`, wall <= 1) && ok;
    ok = verdict(`validate ${corpus.name} (${count} files) CPU time vs ajv-cli`, `${cpu.toFixed(2)}× (target ≤ 1.00×)`, cpu <= 1) && ok;
    ok = verdict(`validate ${corpus.name} (${count} files) peak memory`, `${peak.toFixed(0)} MB (target ≤ 200 MB)`, peak <= 200) && ok;
    ok = verdict(`validate ${corpus.name} exit code`, `${codes} (expected ${corpus.code})`, codes.length === 1 && codes[0] === corpus.code) && ok;
  }
  return ok;
}

/**
 * Time linear in findings: one file with 10,000 unknown keys against one with
 * 80,000 (both under the 1 MiB limit). Linear work makes the second about 8×
 * the first, after the process start common to both; quadratic work made it
 * 64× (10 s against more than 10 minutes, issue 8).
 */
export async function benchFindings({ runs = 3 } = {}) {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const dir = join(OUT, 'validate-findings');
  await mkdir(dir, { recursive: true });
  const file = async (n) => {
    const path = join(dir, `keys-${n}.yaml`);
    const lines = ['c21lab: assessment/1', 'framework: culture21-actions', 'city: Benchtown', 'date: "2026-01-01"', 'language: en'];
    for (let i = 0; i < n; i++) lines.push(`k${i}: 1`);
    await writeFile(path, `${lines.join('\n')}\n`);
    return path;
  };
  const [small, large] = [await file(10000), await file(80000)];
  const times = { small: [], large: [], start: [] };
  for (let i = 0; i < runs; i++) {
    times.start.push((await run(BIN, ['--version'])).cpu);
    times.small.push((await run(BIN, ['validate', small])).cpu);
    times.large.push((await run(BIN, ['validate', large])).cpu);
  }
  const start = median(times.start);
  const ratio = (median(times.large) - start) / (median(times.small) - start);
  console.log(`validate 10,000 vs 80,000 findings in one file: ${median(times.small).toFixed(0)} vs ${median(times.large).toFixed(0)} ms CPU ` +
    `(process start ${start.toFixed(0)} ms, ${runs} runs, medians)`);
  return verdict('validate time linear in findings (80,000 ÷ 10,000, start excluded)', `${ratio.toFixed(1)}× (linear: 8×; target ≤ 10×)`, ratio <= 10);
}

function ajvArgs(schema, dir) {
  return ['validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', schema, '-d', `${dir}/*.yaml`];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const corpora = names.length ? CORPORA.filter((c) => names.includes(c.variant) || names.includes(c.name)) : CORPORA;
  await benchValidate({ runs: quick ? 3 : 5, corpora, scale: quick ? 0.2 : 1 });
  if (!names.length || names.includes('findings')) await benchFindings({ runs: quick ? 1 : 3 });
}
