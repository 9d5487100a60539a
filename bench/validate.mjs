// Issue 11: `c21lab validate` against ajv-cli on the same generated files and
// schema, for each corpus of bench/generate.mjs: 1,000 clean files, 1,000 with
// one warning each (a commitment not yet scored), 1,000 with one schema error
// each, 1,000 with one semantic error each (a score of 10), and 10,000 with a
// warning each. Both sides run through lib.mjs's sideBySide: the same
// preloaded usage reporter (peak.cjs), ABBA/BAAB blocks, the median of the
// pair ratios in wall and in CPU time (every thread), after one untimed run
// of each so neither pays for a cold disk cache. The files quote their dates,
// which ajv-cli's YAML 1.1 parser would otherwise read as timestamps.
// Targets: ratio ≤ 1.00 in wall and CPU time, peak memory ≤ 200 MB; and time
// linear in findings (benchFindings).
// `node bench/validate.mjs [--quick] [--runs N] [corpus… | findings]`.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { BIN, OUT, ROOT, benchArgs, machine, median, ratioVerdict, runNode, sideBySide, sideLines, verdict, warmUp } from './lib.mjs';
import { generate } from './generate.mjs';

const require = createRequire(import.meta.url);

/** One run of `node script args`, as the pair runs: wall ms, CPU ms, peak MB, exit code. */
async function run(script, args) {
  const r = await runNode(script, args);
  return { ms: r.ms, cpu: r.cpuMs, peakMB: r.peakMB, code: r.code };
}

export const CORPORA = [
  { name: 'clean', variant: 'clean', count: 1000, code: 0 },
  { name: 'warning', variant: 'warning', count: 1000, code: 0 },
  { name: 'schema error', variant: 'schema', count: 1000, code: 1 },
  { name: 'semantic error', variant: 'semantic', count: 1000, code: 1 },
  { name: 'warning ×10', variant: 'warning', count: 10000, code: 0 },
];

/** `count` (files in the 1,000-file corpora) is kept for older callers; `scale` shrinks every corpus. */
export async function benchValidate({ runs = 6, corpora = CORPORA, count, scale = count ? count / 1000 : 1 } = {}) {
  const ajvCli = require.resolve('ajv-cli/dist/index.js');
  const schema = join(ROOT, 'schemas', 'assessment.schema.json');
  let ok = true;
  for (const corpus of corpora) {
    const count = Math.max(1, Math.round(corpus.count * scale));
    const dir = join(OUT, `validate-${corpus.variant}-${count}`);
    await rm(dir, { recursive: true, force: true });
    await generate(dir, count, corpus.variant);
    const subject = { script: BIN, args: ['validate', dir] };
    const baseline = { script: ajvCli, args: ajvArgs(schema, dir) };
    await warmUp(subject, baseline);
    const r = await sideBySide(subject, baseline, runs);
    console.log(`validate ${count} files, ${corpus.name} (median of ${r.subject.runs} pair ratios):`);
    console.log(sideLines(r, 'c21lab', 'ajv-cli'));
    ok = ratioVerdict(`validate ${corpus.name} (${count} files) vs ajv-cli`, r, 1, { okCodes: [corpus.code] }) && ok;
    ok = verdict(`validate ${corpus.name} (${count} files) peak memory`, `${r.subject.peakMB.toFixed(0)} MB (target ≤ 200 MB)`, r.subject.peakMB <= 200) && ok;
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
  const { quick, runs } = benchArgs(process.argv, { quick: 4, full: 6 });
  const argv = process.argv.slice(2);
  const names = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs');
  // `warning` names the 1,000-file corpus; `warning ×10` (or `warning10`) the 10,000-file one.
  const corpora = names.length ? CORPORA.filter((c) => names.includes(c.name) || names.includes(c.name.replace(' ×10', '10')) || (c.count === 1000 && names.includes(c.variant))) : CORPORA;
  console.log(`validate bench on ${machine()}${quick ? ' (quick: corpora at a fifth of their size)' : ''}`);
  await benchValidate({ runs, corpora, scale: quick ? 0.2 : 1 });
  if (!names.length || names.includes('findings')) await benchFindings({ runs: quick ? 1 : 3 });
}
