// Speed of `c21lab report`, side by side in ABBA order (lib.mjs):
// 1. one HTML report against the floor (bench/radar-bare.mjs: node + vega's
//    single-file build + the render of the report's radar spec).
//    Target: ≤ 1.6× in wall and CPU time.
// 2. one `report --out-dir` call over 100 generated files against the same
//    call on one file. Target: ≤ 8×.
// c21lab runs with its V8 code caches warm (vega's build and the program's
// own script, in bench/.out/cache), as every run after the first on a user's
// machine does.
// `node bench/report.mjs [--quick] [--runs N]` prints its lines and exits 0.
// Generated inputs and outputs go to bench/.out/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, OUT, ROOT, benchArgs, fmt, machine, ratioVerdict, ratios, sideBySide, sideLines, warmUp } from './lib.mjs';

const EX = join(ROOT, 'data', 'examples');
const MAIN = join(EX, 'exampleville-2026.yaml');
const OTHER = join(EX, 'exampleville-2024.yaml');
const TARGET_BARE = 1.6;
const TARGET_BATCH = 8;
const CACHE = { C21LAB_CACHE_DIR: join(OUT, 'cache') };
const MANY = 100;

/** The radar spec the report draws (same series, benchmark and width), built with the code the command uses. */
export async function writeSpec(specFile) {
  const { loadAssessment } = await import(join(ROOT, 'dist/core/load.js'));
  // The same validation context the command builds (files read relative to its folder).
  const { createContext } = await import(join(ROOT, 'dist/core/validate/index.js'));
  const vctx = createContext(ROOT);
  const { scoreAssessment } = await import(join(ROOT, 'dist/core/score.js'));
  const { resolveBenchmark, benchmarkSeries } = await import(join(ROOT, 'dist/core/benchmark.js'));
  const { reportLabels } = await import(join(ROOT, 'dist/render/report/model.js'));
  const { radarSpec } = await import(join(ROOT, 'dist/render/radar/index.js'));
  const main = await loadAssessment(MAIN, vctx);
  const other = await loadAssessment(OTHER, vctx);
  const fw = main.framework;
  // The labels the report gives its file and its --compare file.
  const labels = reportLabels({ assessment: main.assessment, fileName: 'exampleville-2026.yaml' }, { assessment: other.assessment, fileName: 'exampleville-2024.yaml' });
  // As src/render/report/index.ts builds them: roles, n/a, the benchmark in the language.
  const series = [main, other].map((l, i) => {
    const score = scoreAssessment(l.assessment, l.framework);
    return { label: labels[i], role: i === 0 ? 'current' : 'earlier', values: score.commitments.map((c) => c.percent), na: score.commitments.map((c) => c.status === 'na') };
  });
  const benchmark = benchmarkSeries(await resolveBenchmark('example-panel', ROOT, vctx), fw, 'en');
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

export async function benchReport({ runs = 10 } = {}) {
  mkdirSync(OUT, { recursive: true });
  const specFile = join(OUT, 'report-radar-spec.json');
  await writeSpec(specFile);
  const common = ['--compare', OTHER, '--benchmark', 'example-panel', '--lang', 'en'];

  // 1. one report vs the floor
  const subject = { script: BIN, args: ['report', MAIN, ...common, '-o', join(OUT, 'report-one.html')], env: CACHE };
  const baseline = { script: join(ROOT, 'bench', 'radar-bare.mjs'), args: [specFile, join(OUT, 'report-bare-radar.svg')] };
  await warmUp(subject, baseline);
  const r = await sideBySide(subject, baseline, runs);
  console.log(`report (HTML), ${r.subject.runs} runs of each side, ABBA order, medians:`);
  console.log(sideLines(r, 'c21lab report', 'floor (node + vega.js + render)'));
  const okBare = ratioVerdict('report vs floor', r, TARGET_BARE);
  const few = Math.max(2, Math.ceil(runs / 3));
  const cold = await sideBySide({ ...subject, env: { C21LAB_CACHE_DIR: 'off' } }, baseline, few);
  console.log(`  info: with no code cache (first run, or caching off): ${ratios(cold)}`);
  // What the bundle (dist/bundle/, src/gen/bundle.ts) saves: the same command run from the modules tsc wrote.
  const modules = await sideBySide(subject, { ...subject, script: join(ROOT, 'bench', 'unbundled.mjs') }, few);
  console.log(`  info: the bundled CLI against the same command from dist/cli/'s modules: ${ratios(modules)}`);
  const floor = { script: BIN, args: ['score', MAIN, OTHER, '--benchmark', 'example-panel', '--lang', 'en'] };
  const score = await sideBySide(floor, baseline, few);
  console.log(`  info: c21lab score on the same inputs (CLI start + YAML + validation, no drawing): wall ${fmt(score.subject.ms)}, ${ratios(score)} of the floor`);

  // 2. --out-dir over MANY files vs one file
  const files = generate(join(OUT, 'report-inputs'));
  const many = { script: BIN, args: ['report', ...files, ...common, '--out-dir', join(OUT, 'report-many')], env: CACHE };
  const one = { script: BIN, args: ['report', files[0], ...common, '--out-dir', join(OUT, 'report-single')], env: CACHE };
  await warmUp(many, one);
  const m = await sideBySide(many, one, few);
  console.log(`report --out-dir, ${m.subject.runs} runs of each side, ABBA order, medians:`);
  console.log(sideLines(m, `${MANY} files`, '1 file'));
  console.log(`  ${fmt((m.subject.ms - m.baseline.ms) / (MANY - 1))} per extra file`);
  const okBatch = ratioVerdict(`report --out-dir ${MANY} files vs 1`, m, TARGET_BATCH);
  return { ok: okBare && okBatch, ratio: r.ratio, batch: m.ratio };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { runs } = benchArgs(process.argv, { quick: 4, full: 10 });
  console.log(machine());
  await benchReport({ runs });
}
