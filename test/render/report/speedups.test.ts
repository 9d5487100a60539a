// What makes `c21lab report` fast must not change what it writes:
// - the votes chart's Vega spec is compiled from Vega-Lite at build time
//   (src/render/votes-chart/): the committed file is up to date, and filling
//   it puts every title, row and scale number where it belongs;
// - the bundled templates run precompiled (src/render/report/engine.ts): the
//   committed file is up to date, renders exactly what compiling from disk
//   renders, and an edited template falls back to compiling from disk;
// - Vega is loaded from its single-file build (src/render/vega.ts):
//   it draws the same SVG bytes as the ordinary `import('vega')`;
// - the long date is written without Intl, and equals what Intl writes.
import { createContext } from '../../../src/core/validate/index.js';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { benchmarkSeries, resolveBenchmark } from '../../../src/core/benchmark.js';
import { loadAssessment, type LoadedAssessment } from '../../../src/core/load.js';
import { accessibleSvg } from '../../../src/render/svg-a11y.js';
import { radarText } from '../../../src/render/radar/describe.js';
import { scoreAssessment } from '../../../src/core/score.js';
import type { Lang } from '../../../src/core/types.js';
import { renderRadarSvg } from '../../../src/render/radar/index.js';
import { radarSpec, type RadarInput } from '../../../src/render/radar/spec.js';
import { longDate } from '../../../src/render/report/dates.js';
import { BUNDLED_REPORT_TEMPLATES, reportEnvironment } from '../../../src/render/report/engine.js';
import { ReportRenderer, type ReportInput } from '../../../src/render/report/index.js';
import { loadVegaBundle, renderSvg, type Vega } from '../../../src/render/vega.js';
import { votesData, votesVegaSpec } from '../../../src/render/votes-chart.js';
import { COMPILED_VOTES_SPEC, SOURCE_HASH } from '../../../src/generated/votes-chart.js';
import { fillVotesSpec } from '../../../src/render/votes-chart/fill.js';
import { specHash } from '../../../src/render/report/hash.js';
import { PLACEHOLDERS, votesLiteSpec } from '../../../src/render/votes-chart/spec.js';
import { EXAMPLES, ROOT } from '../../helpers/cli.js';

let main: LoadedAssessment;
let other: LoadedAssessment;
let tmp: string;
beforeAll(async () => {
  main = await loadAssessment(join(EXAMPLES, 'exampleville-2026.yaml'), createContext(ROOT));
  other = await loadAssessment(join(EXAMPLES, 'exampleville-2024.yaml'), createContext(ROOT));
  tmp = await mkdtemp(join(tmpdir(), 'c21lab-speedups-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('votes chart compiled at build time', () => {
  // The committed file's freshness: test/gen/generated.test.ts.
  it('the committed compiled spec is for the current spec.ts', () => {
    expect(SOURCE_HASH).toBe(specHash(votesLiteSpec()));
  });

  it('filling puts the rows, translated titles and the scale in place and leaves no placeholder', async () => {
    const score = scoreAssessment(main.assessment, main.framework);
    const spec = await votesVegaSpec(votesData(main.assessment, main.framework, score, 'fr'), main.framework, 'fr');
    const text = JSON.stringify(spec);
    for (const p of Object.values(PLACEHOLDERS)) expect(text).not.toContain(p);
    expect(text).toContain('"title":"Participants"');
    const votes = spec.data?.find((d) => d.name === 'votes') as { values: { order: number; commitment: string }[] };
    expect(votes.values.length).toBeGreaterThan(9);
    expect(votes.values[0]).toMatchObject({ order: 0, commitment: expect.stringMatching(/^1\. /) });
    expect(spec.scales?.find((s) => s.name === 'x')).toMatchObject({ domain: [1, 9] });
    expect(spec.axes?.filter((a) => a.scale === 'x').every((a) => JSON.stringify(a.values) === '[1,2,3,4,5,6,7,8,9]')).toBe(true);
    // The compiled spec itself is untouched (each report gets a fresh copy).
    expect(JSON.stringify(COMPILED_VOTES_SPEC)).toContain(PLACEHOLDERS.vote);
  });

  it('a title is escaped as a string literal inside expressions and written raw elsewhere', () => {
    const spec = fillVotesSpec(COMPILED_VOTES_SPEC, {
      votes: [{ commitment: 'a', order: 0, vote: 2, count: 1 }],
      agreed: [],
      titles: { vote: 'Say "hi" \\ there', count: 'n' },
      scale: { min: 0, max: 4 },
    });
    const text = JSON.stringify(spec);
    expect(text).toContain(JSON.stringify('Say "hi" \\ there')); // the axis title, as plain text
    const marks = spec.marks as { encode: { update: { description: { signal: string } } } }[];
    // Inside the description expression the title is a string literal: the expression starts with it, quoted.
    expect(marks[0]!.encode.update.description.signal.startsWith(`${JSON.stringify('Say "hi" \\ there: ')} + `)).toBe(true);
    expect(spec.scales?.find((s) => s.name === 'x')).toMatchObject({ domain: [0, 4] });
  });

  it('compiles with vega-lite at run time when the committed spec is stale, with the same result', async () => {
    vi.resetModules();
    vi.doMock('../../src/generated/votes-chart.js', () => ({ SOURCE_HASH: 'stale', COMPILED_VOTES_SPEC: {} }));
    try {
      const fill = await import('../../../src/render/votes-chart/fill.js');
      expect(await fill.compiledVotesSpec()).toEqual(COMPILED_VOTES_SPEC);
    } finally {
      vi.doUnmock('../../src/generated/votes-chart.js');
      vi.resetModules();
    }
  });

  it('refuses a compiled spec that lacks a place to fill, instead of drawing a wrong chart', () => {
    const broken = { ...COMPILED_VOTES_SPEC, legends: [] };
    expect(() => fillVotesSpec(broken, { votes: [], agreed: [], titles: { vote: 'v', count: 'c' }, scale: { min: 1, max: 9 } })).toThrow(/size legend/);
  });
});

describe('Vega from its single-file build', () => {
  it('loads, and draws the same SVG bytes as the ordinary import (and as the radar module) for the radar and the votes chart', async () => {
    // Its UMD header puts it on globalThis.vega (it runs unwrapped): taken from there, and what was there put back.
    const global = globalThis as { vega?: unknown };
    global.vega = 'a value of the host';
    const bundle = loadVegaBundle() as Vega;
    expect(global.vega).toBe('a value of the host');
    delete global.vega;
    expect(loadVegaBundle()).not.toBeNull();
    expect('vega' in globalThis).toBe(false);
    expect(bundle).not.toBeNull();
    const modules = (await import('vega')) as Vega;
    expect(bundle.version).toBe(modules.version);
    const fw = main.framework;
    const benchmark = await resolveBenchmark('example-panel', ROOT, createContext(ROOT));
    const score = scoreAssessment(main.assessment, fw);
    const radarInput: RadarInput = {
      framework: fw,
      lang: 'es',
      series: [{ label: 'A', values: score.commitments.map((c) => c.percent) }, { label: 'B', values: scoreAssessment(other.assessment, fw).commitments.map((c) => c.percent) }],
      benchmark: benchmarkSeries(benchmark, fw),
      width: 640,
    };
    const radar = radarSpec(radarInput);
    // Drawing the radar spec directly gives what the radar module (which uses this Vega too) draws.
    bundle.resetSVGDefIds();
    const ours = await renderSvg(bundle, radar);
    modules.resetSVGDefIds();
    // The radar module adds the text equivalent (title, description) to what Vega draws, and nothing else.
    expect(accessibleSvg(ours, { id: 'radar', ...radarText(radarInput) })).toBe(await renderRadarSvg(radarInput));
    const votes = await votesVegaSpec(votesData(main.assessment, fw, score, 'en'), fw, 'en');
    for (const spec of [radar, votes]) {
      bundle.resetSVGDefIds();
      const a = await renderSvg(bundle, spec);
      modules.resetSVGDefIds();
      const b = await renderSvg(modules, spec);
      expect(a.length).toBeGreaterThan(1000);
      expect(a).toBe(b);
    }
  });
});

describe('report templates precompiled', () => {
  // The committed file's freshness: test/gen/generated.test.ts.
  it('are used for the bundled templates', () => {
    expect(reportEnvironment().precompiled).toBe(true);
  });

  it('render exactly what the templates compiled from disk render, in HTML and Markdown, in three languages', async () => {
    const benchmark = await resolveBenchmark('example-panel', ROOT, createContext(ROOT));
    const input: ReportInput = {
      assessment: main.assessment,
      framework: main.framework,
      fileName: 'x.yaml',
      compare: { assessment: other.assessment, framework: other.framework, fileName: 'y.yaml' },
      benchmark,
    };
    const emptyUserDir = await mkdtemp(join(tmp, 'user-'));
    const fromDisk = new ReportRenderer('en', emptyUserDir);
    const precompiled = new ReportRenderer('en');
    for (const lang of ['en', 'fr', 'es'] as Lang[]) {
      for (const format of ['html', 'md'] as const) {
        const a = await precompiled.render(input, format, lang);
        const b = await fromDisk.render(input, format, lang);
        expect(a.text.length).toBeGreaterThan(1000);
        expect(a.text).toBe(b.text);
      }
    }
  });

  it('an edited bundled template is compiled from disk, so the edit shows', async () => {
    const copy = join(tmp, 'templates');
    await cp(BUNDLED_REPORT_TEMPLATES, copy, { recursive: true });
    expect(reportEnvironment(undefined, copy).precompiled).toBe(true);
    const footer = join(copy, 'report.html.njk');
    await writeFile(footer, (await readFile(footer, 'utf8')).replace('{{ footer }}', 'EDITED {{ footer }}'));
    const edited = reportEnvironment(undefined, copy);
    expect(edited.precompiled).toBe(false);
    expect(edited.env.render('report.html.njk', { footer: '<b>' })).toContain('EDITED &lt;b&gt;');
  });
});

describe('long dates without Intl', () => {
  it('equal Intl.DateTimeFormat dateStyle long for every month and a range of days and years, in three languages', () => {
    for (const lang of ['en', 'fr', 'es'] as Lang[]) {
      const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      for (const [y, d] of [[2026, 1], [1999, 9], [2100, 28], [2024, 31], [995, 5]] as const) {
        for (let m = 1; m <= 12; m++) {
          const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const date = new Date(`${iso}T00:00:00Z`);
          if (Number.isNaN(date.getTime()) || date.getUTCDate() !== d) continue; // 31 April and such
          expect(longDate(iso, lang), `${lang} ${iso}`).toBe(intl.format(date));
        }
      }
    }
  });

  it('leaves text that is not a date as it is', () => {
    expect(longDate('sometime', 'fr')).toBe('sometime');
  });
});
