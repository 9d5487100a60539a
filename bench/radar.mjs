// Speed of `c21lab radar` (SVG) against a bare script that imports vega and
// renders the same spec: per-process wall time, side by side, median of
// several runs each. Target: c21lab ≤ 1.3 × the bare script.
// `node bench/radar.mjs [--quick] [--runs N]` prints its lines and exits 0;
// bench/run.mjs runs it, and benchRadar() can be imported.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, OUT, ROOT, fmt, sideBySide, verdict } from './lib.mjs';

const EX = join(ROOT, 'data', 'examples');
const FILES = [join(EX, 'exampleville-2024.yaml'), join(EX, 'exampleville-2026.yaml')];
const TARGET = 1.3;
const TITLE = 'Culture 21 Actions radar — Exampleville';

/** The spec c21lab draws for FILES, built with the same code the command uses. */
async function writeSpec(specFile) {
  const { loadAssessment } = await import(join(ROOT, 'dist/core/load.js'));
  const { scoreAssessment } = await import(join(ROOT, 'dist/core/score.js'));
  const { resolveBenchmark, benchmarkSeries } = await import(join(ROOT, 'dist/core/benchmark.js'));
  const { seriesLabels, scoreSeries } = await import(join(ROOT, 'dist/core/series.js'));
  const { radarSpec } = await import(join(ROOT, 'dist/render/radar/index.js'));
  const loaded = [];
  for (const f of FILES) loaded.push(await loadAssessment(f));
  const fw = loaded[0].framework;
  const labels = seriesLabels(loaded);
  const spec = radarSpec({
    framework: fw,
    lang: 'en',
    series: loaded.map((l, i) => scoreSeries(labels[i], scoreAssessment(l.assessment, fw))),
    benchmark: benchmarkSeries(await resolveBenchmark('example-panel', ROOT), fw),
    title: TITLE,
  });
  writeFileSync(specFile, JSON.stringify(spec));
}

export async function benchRadar({ runs = 9 } = {}) {
  mkdirSync(OUT, { recursive: true });
  const specFile = join(OUT, 'radar-spec.json');
  await writeSpec(specFile);
  const cliOut = join(OUT, 'radar-cli.svg');
  const bareOut = join(OUT, 'radar-bare.svg');
  const subject = { script: BIN, args: ['radar', ...FILES, '-b', 'example-panel', '--lang', 'en', '--title', TITLE, '-o', cliOut] };
  const baseline = { script: join(ROOT, 'bench', 'radar-bare.mjs'), args: [specFile, bareOut] };
  // One warm-up of each, so the first measured run does not pay for a cold disk cache.
  await sideBySide(subject, baseline, 1);
  const { subject: s, baseline: b } = await sideBySide(subject, baseline, runs);
  // Where the difference goes: the same inputs through `c21lab score` (load + validate + score, no vega).
  const { subject: sc } = await sideBySide({ script: BIN, args: ['score', ...FILES, '-b', 'example-panel'] }, baseline, Math.max(1, Math.ceil(runs / 3)));
  const same = readFileSync(cliOut, 'utf8') === readFileSync(bareOut, 'utf8');
  const ratio = s.ms / b.ms;
  console.log(`radar (SVG), ${runs} runs each, medians:`);
  console.log(`  c21lab radar       ${fmt(s.ms)}  peak ${s.peakMB.toFixed(0)} MB  exit ${s.codes.join(',')}`);
  console.log(`  bare vega script   ${fmt(b.ms)}  peak ${b.peakMB.toFixed(0)} MB  exit ${b.codes.join(',')}`);
  console.log(`  c21lab score      ${fmt(sc.ms)}  (same inputs, no vega: CLI start + YAML + validation)`);
  console.log(`  same SVG bytes: ${same ? 'yes' : 'NO'}`);
  verdict('radar vs bare vega', `${ratio.toFixed(2)}× (target ≤ ${TARGET}×)`, ratio <= TARGET && s.codes.join() === '0');
  // c21lab loads vega from its single-file build; the same trick in the baseline shows what is left of the gap.
  const bundled = { ...baseline, env: { BARE_VEGA_BUNDLE: '1' } };
  const { baseline: bb } = await sideBySide(subject, bundled, Math.max(3, Math.ceil(runs / 3)));
  console.log(`  info: against a bare script that also loads vega's single-file build (${fmt(bb.ms)}): ${(s.ms / bb.ms).toFixed(2)}×`);
  return { cliMs: s.ms, bareMs: b.ms, scoreMs: sc.ms, ratio, same };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : process.argv.includes('--quick') ? 3 : 9;
  await benchRadar({ runs });
}
