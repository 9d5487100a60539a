// Speed of `c21lab radar` (SVG) against the floor (bench/radar-bare.mjs:
// node + vega's single-file build + the render of the same spec), side by
// side in ABBA order (lib.mjs). Target: ≤ 1.3× in wall and CPU time.
// c21lab runs with its V8 code caches warm (vega's build and the program's
// own script, dist/bundle/main.cjs), as every run after the first on a user's
// machine does (they live in bench/.out/cache here, not in the user's cache
// directory); the cold figure (caching off: the ES module bundle, vega
// compiled) is printed for information.
// `node bench/radar.mjs [--quick] [--runs N]` prints its lines and exits 0.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, OUT, ROOT, benchArgs, fmt, machine, ratioVerdict, ratios, sideBySide, sideLines, verdict, warmUp } from './lib.mjs';

const EX = join(ROOT, 'data', 'examples');
const FILES = [join(EX, 'exampleville-2024.yaml'), join(EX, 'exampleville-2026.yaml')];
const TARGET = 1.3;
const TITLE = 'Culture 21 Actions radar — Exampleville';
export const BENCH_CACHE = join(OUT, 'cache');

/** The spec c21lab draws for FILES, built with the same code the command uses. */
export async function writeSpec(specFile) {
  const { loadAssessment } = await import(join(ROOT, 'dist/core/load.js'));
  // The same validation context the command builds (files read relative to its folder).
  const { createContext } = await import(join(ROOT, 'dist/core/validate/index.js'));
  const vctx = createContext(ROOT);
  const { scoreAssessment } = await import(join(ROOT, 'dist/core/score.js'));
  const { resolveBenchmark, benchmarkSeries } = await import(join(ROOT, 'dist/core/benchmark.js'));
  const { roleByDate, seriesLabels, scoreSeries } = await import(join(ROOT, 'dist/core/series.js'));
  const { radarSpec } = await import(join(ROOT, 'dist/render/radar/index.js'));
  const { radarText } = await import(join(ROOT, 'dist/render/radar/describe.js'));
  const loaded = [];
  for (const f of FILES) loaded.push(await loadAssessment(f, vctx));
  const fw = loaded[0].framework;
  const labels = seriesLabels(loaded);
  const roles = roleByDate(loaded.map((l) => l.assessment.date));
  const input = {
    framework: fw,
    lang: 'en',
    // As src/cli/commands/radar.ts builds them: colours by role (by date), the benchmark in the language.
    series: loaded.map((l, i) => ({ ...scoreSeries(labels[i], scoreAssessment(l.assessment, fw)), ...(roles[i] ? { role: roles[i] } : {}) })),
    benchmark: benchmarkSeries(await resolveBenchmark('example-panel', ROOT, vctx), fw, 'en'),
    title: TITLE,
  };
  writeFileSync(specFile, JSON.stringify(radarSpec(input)));
  // What radar writes is Vega's SVG with its title and description for screen readers (src/render/svg-a11y.ts).
  const { accessibleSvg } = await import(join(ROOT, 'dist/render/svg-a11y.js'));
  return (svg) => accessibleSvg(svg, { id: 'radar', ...radarText(input) });
}

export async function benchRadar({ runs = 10 } = {}) {
  mkdirSync(OUT, { recursive: true });
  const specFile = join(OUT, 'radar-spec.json');
  const accessible = await writeSpec(specFile);
  const cliOut = join(OUT, 'radar-cli.svg');
  const bareOut = join(OUT, 'radar-bare.svg');
  const args = ['radar', ...FILES, '-b', 'example-panel', '--lang', 'en', '--title', TITLE, '-o', cliOut];
  const subject = { script: BIN, args, env: { C21LAB_CACHE_DIR: BENCH_CACHE } };
  const baseline = { script: join(ROOT, 'bench', 'radar-bare.mjs'), args: [specFile, bareOut] };
  await warmUp(subject, baseline); // also writes the code cache
  const r = await sideBySide(subject, baseline, runs);
  // The floor's SVG, given the same title and description outside the timing (a few regex replacements).
  const same = readFileSync(cliOut, 'utf8') === accessible(readFileSync(bareOut, 'utf8'));
  console.log(`radar (SVG), ${r.subject.runs} runs of each side, ABBA order, medians:`);
  console.log(sideLines(r, 'c21lab radar', 'floor (node + vega.js + render)'));
  verdict('radar draws the same SVG bytes as the floor (plus its accessible title and description)', same ? 'yes' : 'NO', same);
  const ok = ratioVerdict('radar vs floor', r, TARGET);
  const few = Math.max(2, Math.ceil(runs / 3));
  // Where the difference goes, for reading the ratio.
  const cold = await sideBySide({ ...subject, env: { C21LAB_CACHE_DIR: 'off' } }, baseline, few);
  console.log(`  info: with no code cache (first run, or caching off): ${ratios(cold)}`);
  // What the bundle (dist/bundle/, src/gen/bundle.ts) saves: the same command run from the modules tsc wrote.
  const modules = await sideBySide(subject, { ...subject, script: join(ROOT, 'bench', 'unbundled.mjs') }, few);
  console.log(`  info: the bundled CLI against the same command from dist/cli/'s modules: ${ratios(modules)}`);
  const score = await sideBySide({ script: BIN, args: ['score', ...FILES, '-b', 'example-panel'] }, baseline, few);
  console.log(`  info: c21lab score on the same inputs (CLI start + YAML + validation, no vega): wall ${fmt(score.subject.ms)}, ${ratios(score)} of the floor`);
  return { ok: ok && same, ratio: r.ratio, same };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { runs } = benchArgs(process.argv, { quick: 4, full: 10 });
  console.log(machine());
  await benchRadar({ runs });
}
