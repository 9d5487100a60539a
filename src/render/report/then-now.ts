// The repeat LAB: with --compare, a before/after table (then, now, change in
// points, band change) and a short "what changed" paragraph written from the
// figures, which the review's own `whatChanged` replaces. Only commitments
// scored in both LABs are compared; the others are named apart, so the
// paragraph never mixes progress with commitments scored for the first time.
import { compareScores, type ComparedRow } from '../../core/compare.js';
import { pick } from '../../core/lang.js';
import { formatChange } from '../number.js';
import type { Lang } from '../../core/types.js';
import type { Translate } from '../../i18n/define.js';
import type { ReportKey } from '../../i18n/report.js';
import { formatNumber, type ModelInput, type ReportSource } from './model.js';
import type { ReviewView } from './review-model.js';

/** The one rule for a signed difference, as in the terminal: +12.5, −3.0, ±0.0 (../number.ts). */
function signed(value: number, decimals: number, lang: Lang): string {
  return formatChange(value, decimals, lang);
}

export interface ThenNowRow {
  id: string;
  label: string;
  then: string;
  now: string;
  change: string;
  changeValue: number | null;
  bandChange: string;
  bandChanged: boolean;
  onlyOne: boolean;
}

export function thenNowView(input: ModelInput, earlier: ReportSource, labels: string[], review: ReviewView | null, t: Translate<ReportKey>) {
  const { framework: fw, lang } = input;
  const decimals = fw.percent.decimals ?? 1;
  const pct = (v: number | null) => (v === null ? '' : `${formatNumber(v, decimals, lang)}\u00a0%`);
  // The figures are compare's (core/compare.ts), the earlier LAB as the base: the same changes, the same overall.
  const figures = compareScores(fw, [earlier.score, input.score]);
  const rows = fw.commitments.map((c, i): ThenNowRow => {
    const now = input.score.commitments[i];
    const then = earlier.score.commitments[i];
    const row = figures.commitments[i];
    const a = row?.percents[0] ?? null;
    const b = row?.percents[1] ?? null;
    const change = row?.diffFirst[1] ?? null;
    const bandThen = then?.band ? pick(then.band.label, lang) : '';
    const bandNow = now?.band ? pick(now.band.label, lang) : '';
    const status = (s: typeof now) => (s?.status === 'na' ? t('na') : '—');
    return {
      id: c.id,
      label: `${c.id}. ${pick(c.short ?? c.title, lang)}`,
      then: a === null ? status(then) : pct(a),
      now: b === null ? status(now) : pct(b),
      change: change === null ? '—' : signed(change, decimals, lang),
      changeValue: change,
      bandChange: bandThen && bandNow ? (bandThen === bandNow ? t('bandSame') : `${bandThen} → ${bandNow}`) : '—',
      bandChanged: Boolean(bandThen && bandNow && bandThen !== bandNow),
      onlyOne: (a === null) !== (b === null),
    };
  });
  const [nowLabel, thenLabel] = labels as [string, string];
  return {
    then: thenLabel,
    now: nowLabel,
    intro: t('thenNowIntro', { then: thenLabel, now: nowLabel }),
    rows,
    whatChanged: review?.whatChanged ?? null,
    generated: whatChanged(rows, figures.overall, input, thenLabel, nowLabel, t),
  };
}

type Row = ThenNowRow;

/** `overall`: compare's overall row of the two LABs (then, now), over the commitments scored in both; the
 *  change said is the difference of the two rounded figures said, as `compare` shows it. */
function whatChanged(rows: Row[], overall: ComparedRow, input: ModelInput, thenLabel: string, nowLabel: string, t: Translate<ReportKey>): string {
  const { lang, framework: fw } = input;
  const decimals = fw.percent.decimals ?? 1;
  const both = rows.filter((r) => r.changeValue !== null);
  if (!both.length) return t('changedNone');
  const n = both.length;
  const from = overall.percents[0] as number;
  const to = overall.percents[1] as number;
  const change = overall.diffFirst[1] as number;
  const item = (r: Row) => `${r.label} (${r.change})`;
  const sentences = [
    t('changedCommon', { count: n, then: thenLabel, now: nowLabel }),
    t('changedOverall', {
      these: t('changedThese', { count: n }),
      from: formatNumber(from, decimals, lang), to: formatNumber(to, decimals, lang), change: signed(change, decimals, lang),
    }),
  ];
  const up = both.filter((r) => (r.changeValue as number) > 0);
  const down = both.filter((r) => (r.changeValue as number) < 0);
  const same = both.filter((r) => r.changeValue === 0);
  if (up.length) sentences.push(t('changedUp', { list: up.map(item).join(', ') }));
  if (down.length) sentences.push(t('changedDown', { list: down.map(item).join(', ') }));
  if (same.length) sentences.push(t('changedSame', { list: same.map((r) => r.label).join(', ') }));
  const bands = both.filter((r) => r.bandChanged);
  if (bands.length) sentences.push(t('changedBands', { list: bands.map((r) => `${r.label} ${r.bandChange}`).join(', ') }));
  const only = rows.filter((r) => r.onlyOne);
  if (only.length) sentences.push(t('changedOnlyOne', { list: only.map((r) => r.label).join(', ') }));
  return sentences.join(' ');
}
