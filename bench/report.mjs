// Speed of `c21lab report`:
// 1. one HTML report, per-process wall time, against a bare script that
//    imports vega and renders the same radar spec (bench/radar-bare.mjs),
//    side by side, medians of several runs. Target: ≤ 1.3×.
// 2. one `report --out-dir` call over 100 generated files against one file.
//    Target: ≤ 10× (imports and template compilation are paid once).
// `node bench/report.mjs [--quick] [--runs N]` prints its lines and exits 0.
// Generated inputs and outputs go to bench/.out/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, OUT, ROOT, fmt, sideBySide, verdict } from './lib.mjs';

const EX = join(ROOT, 'data', 'examples');
const MAIN = join(EX, 'exampleville-2026.yaml');
const OTHER = join(EX, 'exampleville-2024.yaml');
const TARGET_BARE = 1.3;
const TARGET_BATCH = 10;
const MANY = 100;

/** The radar spec the report draws (same series, benchmark and width), built with the code the command uses. */
async function writeSpec(specFile) {
  const { loadAssessment } = await import(join(ROOT, 'dist/core/load.js'));
  const { scoreAssessment } = await import(join(ROOT, 'dist/core/score.js'));
  const { resolveBenchmark, benchmarkSeries } = await import(join(ROOT, 'dist/core/benchmark.js'));
  const { reportLabels } = await import(join(ROOT, 'dist/render/report/model.js'));
  const { radarSpec } = await import(join(ROOT, 'dist/render/radar/index.js'));
  const main = await loadAssessment(MAIN);
  const other = await loadAssessment(OTHER);
  const fw = main.framework;
  // The labels the report gives its file and its --compare file.
  const labels = reportLabels({ assessment: main.assessment, fileName: 'exampleville-2026.yaml' }, { assessment: other.assessment, fileName: 'exampleville-2024.yaml' });
  const series = [main, other].map((l, i) => ({
    label: labels[i],
    values: scoreAssessment(l.assessment, fw).commitments.map((c) => c.percent),
  }));
  const benchmark = benchmarkSeries(await resolveBenchmark('example-panel', ROOT), fw);
  writeFileSync(specFile, JSON.stringify(radarSpec({ framework: fw, lang: 'en', series, benchmark, width: 640 })));
}

/** MANY assessments: the 2026 example under other city names, with scores and votes shifted. */
function generate(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(MAIN, 'utf8');
  const files = [];
  for (let i = 0; i < MANY; i++) {
    const shifted = text
      .replace('city: Exampleville', `city: Benchtown ${String(i + 1).padStart(3, '0')}`)
      .replace(/score: (\d)/g, (_, s) => `score: ${1 + ((Number(s) + i) % 9)}`)
      .replace(/(p\d+): (\d)/g, (_, p, v) => `${p}: ${1 + ((Number(v) + i) % 9)}`);
    const file = join(dir, `town-${String(i + 1).padStart(3, '0')}.yaml`);
    writeFileSync(file, shifted);
    files.push(file);
  }
  return files;
}

export async function benchReport({ runs = 9 } = {}) {
  mkdirSync(OUT, { recursive: true });
  const specFile = join(OUT, 'report-radar-spec.json');
  await writeSpec(specFile);
  const common = ['--compare', OTHER, '--benchmark', 'example-panel', '--lang', 'en'];

  // 1. one report vs the bare vega script
  const subject = { script: BIN, args: ['report', MAIN, ...common, '-o', join(OUT, 'report-one.html')] };
  const baseline = { script: join(ROOT, 'bench', 'radar-bare.mjs'), args: [specFile, join(OUT, 'report-bare-radar.svg')] };
  await sideBySide(subject, baseline, 1); // warm-up
  const { subject: s, baseline: b } = await sideBySide(subject, baseline, runs);
  const ratio = s.ms / b.ms;
  console.log(`report (HTML), ${runs} runs each, medians:`);
  console.log(`  c21lab report      ${fmt(s.ms)}  peak ${s.peakMB.toFixed(0)} MB  exit ${s.codes.join(',')}`);
  console.log(`  bare vega script   ${fmt(b.ms)}  peak ${b.peakMB.toFixed(0)} MB  exit ${b.codes.join(',')}`);
  // For reading the ratio: what reading and validating the same inputs costs without any drawing.
  const floor = { script: BIN, args: ['score', MAIN, OTHER, '--benchmark', 'example-panel', '--lang', 'en'] };
  const { subject: f } = await sideBySide(floor, baseline, Math.max(3, Math.ceil(runs / 3)));
  console.log(`  c21lab score       ${fmt(f.ms)}  (same inputs, no drawing: CLI start + YAML + validation)`);
  const okBare = verdict('report vs bare vega', `${ratio.toFixed(2)}× (target ≤ ${TARGET_BARE}×)`, ratio <= TARGET_BARE && s.codes.join() === '0');
  // c21lab loads vega from its single-file build; the same trick in the baseline shows what is left of the gap.
  const { baseline: bb } = await sideBySide(subject, { ...baseline, env: { BARE_VEGA_BUNDLE: '1' } }, Math.max(3, Math.ceil(runs / 3)));
  console.log(`  info: against a bare script that also loads vega's single-file build (${fmt(bb.ms)}): ${(s.ms / bb.ms).toFixed(2)}×`);

  // 2. --out-dir over MANY files vs one file
  const files = generate(join(OUT, 'report-inputs'));
  const batchRuns = Math.max(3, Math.ceil(runs / 3));
  const many = { script: BIN, args: ['report', ...files, ...common, '--out-dir', join(OUT, 'report-many')] };
  const one = { script: BIN, args: ['report', files[0], ...common, '--out-dir', join(OUT, 'report-single')] };
  const { subject: m, baseline: o } = await sideBySide(many, one, batchRuns);
  const batch = m.ms / o.ms;
  console.log(`report --out-dir, ${batchRuns} runs each, medians:`);
  console.log(`  ${MANY} files          ${fmt(m.ms)}  peak ${m.peakMB.toFixed(0)} MB  exit ${m.codes.join(',')}  (${fmt((m.ms - o.ms) / (MANY - 1))} per extra file)`);
  console.log(`  1 file             ${fmt(o.ms)}  peak ${o.peakMB.toFixed(0)} MB  exit ${o.codes.join(',')}`);
  const okBatch = verdict(`report --out-dir ${MANY} files vs 1`, `${batch.toFixed(2)}× (target ≤ ${TARGET_BATCH}×)`, batch <= TARGET_BATCH && m.codes.join() === '0');
  return { ms: s.ms, bareMs: b.ms, ratio, manyMs: m.ms, oneMs: o.ms, batch, ok: okBare && okBatch };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : process.argv.includes('--quick') ? 3 : 9;
  await benchReport({ runs });
}
