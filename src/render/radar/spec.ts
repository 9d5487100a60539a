// The radar's Vega spec (Vega-Lite has no radar), built without importing
// vega so a command can build it while vega loads elsewhere. Layout decisions (see README "How the radar is drawn"):
// - axes in framework order, the first at the top, then clockwise;
// - 0–100 % scale; one ring at the lower limit of every band but the first
//   (the point where bandOf() switches band, e.g. 4 → 37.5 % and 7 → 75 % on
//   the 1–9 scale), plus the outer 100 % ring; rings are labelled with the band names;
// - a not-scored commitment (null) is a gap in the series' line, never a 0;
// - colours by role (layout.ts SERIES_COLORS): this LAB blue, the earlier LAB vermillion, then the
//   others in order; the benchmark is black and dashed; this LAB is drawn last, on top of the others;
//   from the eighth series on colours repeat with a dash pattern (commands warn, see radarWarning);
// - an n/a commitment (not applicable, a judgement) is named on its axis label, apart from a gap.
import type * as vega from 'vega';
import { pick } from '../../core/lang.js';
import { toPercent } from '../../core/score.js';
import type { Framework, Lang, Series } from '../../core/types.js';
import { translator } from '../../i18n/define.js';
import { radarMessages } from '../../i18n/radar.js';
import {
  axisAngle, BENCHMARK_COLOR, DISTINCT_SERIES, FONT, LABEL_LINE, LABEL_SIZE, ROLE_COLORS, SERIES_COLORS, placeLabel, px, textWidth, wrap,
} from './layout.js';
import { localNumber } from '../number.js';

/** values: percent per commitment in framework order; null = not scored. */
/** A series as the core computes it (core/types.ts): the radar draws it as it is. */
export type RadarSeries = Series;

/** The colour of each series: by role first, then the remaining colours in order; repeats from the eighth on. */
export function seriesColors(series: readonly Pick<RadarSeries, 'role'>[]): string[] {
  const taken = new Set<string>(series.flatMap((s) => (s.role ? [ROLE_COLORS[s.role]] : [])));
  const free = SERIES_COLORS.filter((c) => !taken.has(c));
  let k = 0;
  return series.map((s) => (s.role ? ROLE_COLORS[s.role] : (free[k++ % Math.max(1, free.length)] ?? SERIES_COLORS[0])));
}

/** True when the radar has more series than distinct colours (from the eighth on): commands warn. */
export function tooManySeries(count: number): boolean {
  return count > DISTINCT_SERIES;
}

export interface RadarInput {
  framework: Framework;
  lang: Lang;
  series: RadarSeries[];
  benchmark?: RadarSeries;
  title?: string;
  /** Picture width in pixels (default 720, at least 480); the height follows from the labels and the legend. */
  width?: number;
  /** The heading of a table that holds the same figures: the SVG's description points to it. */
  tableName?: string;
  /** Prefix of the ids of the SVG's <title> and <desc> (default "radar"). */
  svgId?: string;
}

const PAD = 16;
const LABEL_GAP = 10;
const LABEL_CHARS = 16;
const TITLE_SIZE = 16;
const TITLE_LINE = 20;
const NOTE_SIZE = 11;
const NOTE_LINE = 14;
const LEGEND_ROW = 20;
const MIN_WIDTH = 480;
const MIN_RADIUS = 100; // px: below this, labels wrap narrower to leave the radar more room
const ZONE_LABEL_MIN = 28; // px: room for a band name between two rings, clear of the ring labels

interface Ring {
  percent: number;
  label: string;
  outer: boolean;
}

/** Rings where the band changes (the lower limit of each band after the first), then 100 %. */
export function radarRings(fw: Framework, lang: Lang): Ring[] {
  const bands = [...fw.scale.bands].sort((a, b) => a.min - b.min);
  const rings: Ring[] = bands.slice(1).map((b) => ({ percent: toPercent(b.min, fw), label: pick(b.label, lang), outer: false }));
  rings.push({ percent: 100, label: '100\u00a0%', outer: true });
  return rings;
}

/** The band names, each at the middle of its ring zone, for labelling the zones. */
function bandZones(fw: Framework, lang: Lang): { label: string; percent: number; height: number }[] {
  const bands = [...fw.scale.bands].sort((a, b) => a.min - b.min);
  const limits = [0, ...bands.slice(1).map((b) => toPercent(b.min, fw)), 100];
  return bands.map((b, i) => {
    const lo = limits[i] ?? 0;
    const hi = limits[i + 1] ?? 100;
    return { label: pick(b.label, lang), percent: (lo + hi) / 2, height: hi - lo };
  });
}

function clampPercent(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : null;
}

export function radarSpec(input: RadarInput): vega.Spec {
  const { framework: fw, lang } = input;
  const t = translator(radarMessages, lang);
  // Below 480 px nine wrapped labels collide whatever the layout: narrower requests get 480.
  const W = Math.max(MIN_WIDTH, Math.round(input.width ?? 720));
  const n = fw.commitments.length;
  const angles = fw.commitments.map((_, i) => axisAngle(i, n));
  // An n/a commitment says so on its label: a gap alone would read as "not scored yet".
  const naAxes = fw.commitments.map((_, i) => input.series.some((s) => s.na?.[i] === true));
  const titles = fw.commitments.map((c, i) => pick(c.short ?? c.title, lang) + (naAxes[i] ? ` (${t('naMark')})` : ''));

  // Largest radius that leaves every label inside the picture horizontally.
  const fitRadius = (labelLines: string[][]) => {
    let r = W / 2 - PAD - 40;
    labelLines.forEach((lines, i) => {
      const cos = Math.abs(Math.cos(angles[i] as number));
      const w = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE)));
      const extra = cos > 0.2 ? w : w / 2;
      if (cos > 1e-6) r = Math.min(r, (W / 2 - PAD - extra) / cos - LABEL_GAP);
    });
    return Math.floor(r);
  };
  // Narrower wrapping when the labels would leave too small a radar (a narrow picture, long titles);
  // the radius is never forced up, so no label is ever pushed out of the picture.
  let labelLines = titles.map((title) => wrap(title, LABEL_CHARS));
  let R = fitRadius(labelLines);
  for (const chars of [12, 9]) {
    if (R >= MIN_RADIUS) break;
    const narrower = titles.map((title) => wrap(title, chars));
    const r = fitRadius(narrower);
    if (r > R) [labelLines, R] = [narrower, r];
  }
  R = Math.max(10, R);

  const placed = labelLines.map((lines, i) => placeLabel(lines, angles[i] as number, R + LABEL_GAP));
  const titleLines = input.title ? wrap(input.title, Math.floor((W - 2 * PAD) / (TITLE_SIZE * 0.66))) : [];
  const top = PAD + titleLines.length * TITLE_LINE + (titleLines.length ? 8 : 0);
  const minY = Math.min(-R, ...placed.map((p) => p.box.y1));
  const maxY = Math.max(R, ...placed.map((p) => p.box.y2));
  const cx = W / 2;
  const cy = top - minY;
  const at = (angle: number, percent: number) => ({
    x: px(cx + ((R * percent) / 100) * Math.cos(angle)),
    y: px(cy + ((R * percent) / 100) * Math.sin(angle)),
  });

  const rings = radarRings(fw, lang).flatMap((ring, r) =>
    angles.map((a, i) => ({ ring: r, order: i, outer: ring.outer, ...at(a, ring.percent) })),
  );
  // Ring percents to the right of the top axis, band names to its left, each band name only where its zone
  // is tall enough for the text (the note under the legend names every band anyway).
  const ringLabels = radarRings(fw, lang).map((ring) => ({
    text: `${localNumber(ring.percent, lang)}\u00a0%`,
    x: px(cx + 4),
    y: px(cy - (R * ring.percent) / 100),
  }));
  const zoneLabels = bandZones(fw, lang)
    .filter((z) => (R * z.height) / 100 >= ZONE_LABEL_MIN)
    .map((z) => ({ text: z.label, x: px(cx - 4), y: px(cy - (R * z.percent) / 100) }));
  const spokes = angles.map((a) => ({ x: px(cx), y: px(cy), ...(({ x, y }) => ({ x2: x, y2: y }))(at(a, 100)) }));
  const axisLabels = placed.map((p) => ({ lines: p.lines, align: p.align, x: px(cx + p.x), y: px(cy + p.y) }));

  const colors = seriesColors(input.series);
  const all = [
    ...input.series.map((s, i) => ({
      ...s, color: colors[i] as string, bench: false,
      // Past the distinct colours, a dash pattern tells a repeated colour apart.
      dashed: s.dashed || i >= DISTINCT_SERIES,
    })),
    ...(input.benchmark ? [{ ...input.benchmark, dashed: true, color: BENCHMARK_COLOR, bench: true }] : []),
  ];
  // Drawing order: the benchmark first, then the others, this LAB last so that it lies on top.
  const rank = (s: (typeof all)[number]) => (s.bench ? 0 : s.role === 'current' ? 2 : 1);
  const drawn = all.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
  const points = drawn.flatMap((s, k) => {
    const values = angles.map((_, i) => clampPercent(s.values[i]));
    const complete = values.every((v) => v !== null);
    const key = `s${String(k).padStart(3, '0')}`;
    // The first point again at the end closes the line; a null leaves a gap instead.
    return [...angles, angles[0] as number].map((a, i) => {
      const v = values[i % n] ?? null;
      return {
        key, order: i, closing: i === n, ok: v !== null, ...at(a, v ?? 0),
        color: s.color,
        dash: s.bench ? [6, 4] : s.dashed ? [2, 3] : null,
        // Only a complete, non-benchmark series is filled: a gap would make the fill lie.
        fill: complete && !s.bench ? s.color : null,
        shape: s.bench ? 'diamond' : 'circle',
      };
    });
  });

  const legendTop = cy + maxY + 24;
  // Long labels (a file's title, a benchmark's name) wrap rather than run off the picture.
  const legendChars = Math.floor((W - 2 * PAD - 36) / (LABEL_SIZE * 0.64));
  let legendY = legendTop;
  const legend = all.map((s) => {
    const lines = wrap(s.label, legendChars);
    const row = { label: lines, color: s.color, dash: s.bench ? [6, 4] : s.dashed ? [2, 3] : null, shape: s.bench ? 'diamond' : 'circle', x: PAD, y: legendY };
    legendY += LEGEND_ROW + (lines.length - 1) * LABEL_LINE;
    return row;
  });
  const bandsText = radarRings(fw, lang).filter((r) => !r.outer).map((r) => t('bandFrom', { band: r.label, percent: localNumber(r.percent, lang) })).join(', ');
  const noteChars = Math.floor((W - 2 * PAD) / (NOTE_SIZE * 0.64));
  const noteLines = [...wrap(t('noteRings', { bands: bandsText }), noteChars), ...wrap(t('noteGaps'), noteChars)];
  const notesTop = legendY + 6;
  const H = Math.ceil(notesTop + noteLines.length * NOTE_LINE + PAD);

  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    description: 'c21lab radar',
    width: W,
    height: H,
    padding: 0,
    autosize: 'none',
    background: '#ffffff',
    config: { text: { font: FONT }, group: { fill: null } } as vega.Config,
    data: [
      { name: 'rings', values: rings },
      { name: 'spokes', values: spokes },
      { name: 'points', values: points },
      { name: 'dots', source: 'points', transform: [{ type: 'filter', expr: 'datum.ok && !datum.closing' }] },
      { name: 'legend', values: legend },
      { name: 'zoneLabels', values: zoneLabels },
      { name: 'ringLabels', values: ringLabels },
      { name: 'axisLabels', values: axisLabels },
    ],
    marks: [
      {
        type: 'group',
        from: { facet: { name: 'ring', data: 'rings', groupby: 'ring' } },
        marks: [{
          type: 'line',
          from: { data: 'ring' },
          sort: { field: 'datum.order' },
          encode: { enter: {
            x: { field: 'x' }, y: { field: 'y' }, interpolate: { value: 'linear-closed' },
            stroke: { signal: "datum.outer ? '#7f7f7f' : '#bdbdbd'" }, strokeWidth: { value: 1 },
          } },
        }],
      },
      {
        type: 'rule',
        from: { data: 'spokes' },
        encode: { enter: { x: { field: 'x' }, y: { field: 'y' }, x2: { field: 'x2' }, y2: { field: 'y2' }, stroke: { value: '#d9d9d9' } } },
      },
      {
        type: 'text',
        from: { data: 'zoneLabels' },
        encode: { enter: {
          x: { field: 'x' }, y: { field: 'y' }, text: { field: 'text' }, align: { value: 'right' }, baseline: { value: 'middle' },
          fontSize: { value: 10 }, fontStyle: { value: 'italic' }, fill: { value: '#595959' },
        } },
      },
      {
        type: 'group',
        from: { facet: { name: 'line', data: 'points', groupby: 'key' } },
        marks: [{
          type: 'line',
          from: { data: 'line' },
          sort: { field: 'datum.order' },
          encode: { enter: {
            x: { field: 'x' }, y: { field: 'y' }, defined: { field: 'ok' },
            stroke: { field: 'color' }, strokeWidth: { value: 2 }, strokeDash: { field: 'dash' },
            fill: { field: 'fill' }, fillOpacity: { value: 0.08 },
          } },
        }],
      },
      {
        type: 'symbol',
        from: { data: 'dots' },
        encode: { enter: {
          x: { field: 'x' }, y: { field: 'y' }, shape: { field: 'shape' }, size: { value: 30 },
          fill: { field: 'color' }, stroke: { value: '#ffffff' }, strokeWidth: { value: 0.8 },
        } },
      },
      {
        type: 'text',
        from: { data: 'ringLabels' },
        encode: { enter: {
          x: { field: 'x' }, y: { field: 'y' }, text: { field: 'text' }, align: { value: 'left' }, baseline: { value: 'bottom' },
          dy: { value: -2 }, fontSize: { value: 10 }, fill: { value: '#6f6f6f' },
        } },
      },
      {
        type: 'text',
        from: { data: 'axisLabels' },
        encode: { enter: {
          x: { field: 'x' }, y: { field: 'y' }, text: { field: 'lines' }, align: { field: 'align' }, baseline: { value: 'alphabetic' },
          fontSize: { value: LABEL_SIZE }, lineHeight: { value: LABEL_LINE }, fill: { value: '#262626' },
        } },
      },
      ...(titleLines.length
        ? [{
            type: 'text' as const,
            encode: { enter: {
              x: { value: W / 2 }, y: { value: PAD + TITLE_LINE * 0.8 }, text: { value: titleLines }, align: { value: 'center' as const },
              fontSize: { value: TITLE_SIZE }, fontWeight: { value: 'bold' as const }, lineHeight: { value: TITLE_LINE }, fill: { value: '#000000' },
            } },
          }]
        : []),
      {
        type: 'rule',
        from: { data: 'legend' },
        encode: { enter: {
          x: { field: 'x' }, x2: { signal: 'datum.x + 28' }, y: { field: 'y' }, stroke: { field: 'color' }, strokeWidth: { value: 2 },
          strokeDash: { field: 'dash' },
        } },
      },
      {
        type: 'symbol',
        from: { data: 'legend' },
        encode: { enter: { x: { signal: 'datum.x + 14' }, y: { field: 'y' }, shape: { field: 'shape' }, size: { value: 30 }, fill: { field: 'color' } } },
      },
      {
        type: 'text',
        from: { data: 'legend' },
        encode: { enter: {
          x: { signal: 'datum.x + 36' }, y: { field: 'y' }, text: { field: 'label' }, baseline: { value: 'middle' },
          fontSize: { value: LABEL_SIZE }, lineHeight: { value: LABEL_LINE }, fill: { value: '#262626' },
        } },
      },
      {
        type: 'text',
        encode: { enter: {
          x: { value: PAD }, y: { value: notesTop + NOTE_LINE * 0.8 }, text: { value: noteLines }, fontSize: { value: NOTE_SIZE },
          lineHeight: { value: NOTE_LINE }, fill: { value: '#595959' },
        } },
      },
    ],
  } as vega.Spec;
}

