// The report's view model: everything a template shows, computed once here so
// templates stay simple (no arithmetic, no lookups) and a user's own template
// gets the same ready-made values. Pure: no I/O, no clock, no randomness.
// Every string from the files is left raw; the template engine escapes it.
import { svgDescription } from './svg-text.js';
import { fallbackLang, partsAround, sourceNoteParts } from './source-note.js';
import { pick, pickAny } from '../../core/lang.js';
import type { AssessmentScore, CommitmentScore, ItemScore, Spread } from '../../core/score.js';
import { shownDifference } from '../../core/score.js';
import { benchmarkText } from '../../core/benchmark.js';
import type { Review } from '../../core/review.js';
import { reviewView, type ReviewView } from './review-model.js';
import { thenNowView } from './then-now.js';
import { SECTORS, type Assessment, type Benchmark, type Evidence, type Framework, type Lang, type ScoreValue } from '../../core/types.js';
import { translator, type Translate } from '../../i18n/define.js';
import { reportMessages, type ReportKey } from '../../i18n/report.js';
import { longDate } from './dates.js';
import { seriesLabels } from '../../core/series.js';
import { formatChange, localNumber } from '../number.js';

export interface ReportSource {
  assessment: Assessment;
  framework: Framework;
  score: AssessmentScore;
  /** Shown in the footer: the input's file name (not its path, so the output does not depend on where it was run). */
  fileName: string;
}

export interface ModelInput extends ReportSource {
  lang: Lang;
  /** The expert's review (core/review.ts), when there is one. */
  review?: Review;
  compare?: ReportSource;
  benchmark?: { data: Benchmark; values: (number | null)[] };
  radar: { svg: string; href?: string };
  votes: { svg: string; href?: string } | null;
}

export interface EvidenceView { title: string; url: string | null }
export interface RankedView { id: string; title: string; percent: string; percentText: string; diff: string | null; titleLang?: string }

export interface CommitmentView {
  id: string;
  title: string;
  label: string; // "1. Cultural rights"
  description: string;
  /** The language of the title and of the description when the framework lacks the report's ('' otherwise): marked with lang. */
  titleLang?: string;
  descriptionLang?: string;
  mean: string; // formatted, '' when not scored
  percent: string;
  /** The percent with its sign, joined by a no-break space ("62.5 %"), '' when there is none. */
  percentText: string;
  percentValue: number | null;
  band: string;
  bandId: string | null;
  /** scored, na (every item marked not applicable: a judgement) or not-scored. */
  status: CommitmentScore['status'];
  /** What the band column says: the band, "not applicable" or "not yet scored". */
  bandText: string;
  benchmark: string;
  diff: string;
  diffValue: number | null;
  coverage: string;
  spread: string;
  spreadShort: string; // without the number of votes, for the table
  scoreLine: string;
  notes: string;
  /** What to say when the commitment has no notes of its own ('' when it has): its actions' notes may still be in their table. */
  noNotes: string;
  evidence: EvidenceView[];
  actions: ActionView[];
  /** The expert's synthesis of this commitment (the review's `commitments`), or null. */
  synthesis: import('./review-model.js').RichView | null;
}

export interface ActionView { id: string; title: string; score: string; spread: string; notes: string; evidence: EvidenceView[]; titleLang?: string }

/** Only http(s) URLs become links; anything else (javascript:, data:, relative paths) stays text. */
export function safeUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  // The URL parser drops leading controls and spaces and every tab and line break: a text that, so cleaned, does not
  // start with http: or https: can have no other protocol, and is refused without the parser's thrown error (most evidence is plain text).
  // eslint-disable-next-line no-control-regex
  if (!/^https?:/i.test(raw.trim().replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''))) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Fixed decimals with the language's decimal mark: 6.5 → "6,5" in French and Spanish. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  return localNumber(value.toFixed(decimals), lang);
}

/** Up to two decimals, trailing zeros dropped: 6 → "6", 5.5 → "5.5", 5.33 → "5.33". */
function formatMean(value: number, lang: Lang): string {
  return formatNumber(value, 2, lang).replace(/[.,]?0+$/, '');
}

/** The one rule for a signed difference, as in the terminal: +12.5, −3.0, ±0.0 (../number.ts). */
function formatSigned(value: number, decimals: number, lang: Lang): string {
  return formatChange(value, decimals, lang);
}

function evidenceView(items: Evidence[] | undefined): EvidenceView[] {
  return (items ?? []).map((e) =>
    typeof e === 'string' ? { title: e, url: safeUrl(e) } : { title: e.title, url: safeUrl(e.url) },
  );
}

function scoreText(value: ScoreValue | null, lang: Lang, t: Translate<ReportKey>): string {
  if (value === null) return t('notScored');
  return value === 'n/a' ? t('na') : formatMean(value, lang);
}

function spreadText(spread: Spread | null, lang: Lang, t: Translate<ReportKey>, short = false, naVotes = 0, excluded = 0): string {
  const na = [
    ...(naVotes ? [t('naVotes', { count: naVotes })] : []),
    ...(excluded ? [t('excludedVotes', { count: excluded })] : []),
  ].join(t('clauseSep')); // French puts a (no-break) space before the semicolon
  if (!spread) return short ? '' : na;
  const text = t(short ? 'spreadShort' : spread.n === 1 ? 'spreadTextOne' : 'spreadText', {
    min: formatMean(spread.min, lang),
    max: formatMean(spread.max, lang),
    sd: formatNumber(spread.sd, 1, lang),
    n: spread.n,
  });
  return na && !short ? `${text}${t('clauseSep')}${na}` : text;
}

function itemSpread(item: ItemScore | undefined, lang: Lang, t: Translate<ReportKey>): string {
  return item ? spreadText(item.spread, lang, t, false, item.naVotes, item.excludedVotes) : '';
}

/** The radar labels of the report's file and of its --compare file: "Exampleville 2026", told apart if they would be the same. */
export function reportLabels(main: Pick<ReportSource, 'assessment' | 'fileName'>, compare?: Pick<ReportSource, 'assessment' | 'fileName'>): string[] {
  return seriesLabels([main, ...(compare ? [compare] : [])].map((s) => ({ file: s.fileName, assessment: s.assessment })));
}

function commitmentView(input: ModelInput, c: CommitmentScore, index: number, t: Translate<ReportKey>): CommitmentView {
  const { framework: fw, lang } = input;
  const def = fw.commitments[index]!;
  const result = input.assessment.commitments?.[c.id];
  const decimals = fw.percent.decimals ?? 1;
  const bench = input.benchmark?.values[index] ?? null;
  const diffValue = shownDifference(c.percent, bench, decimals);
  const title = pick(def.title, lang);
  const percent = c.percent === null ? '' : formatNumber(c.percent, decimals, lang);
  const band = c.band ? pick(c.band.label, lang) : '';
  const actions = (def.actions ?? []).map((a, i): ActionView => {
    const item = result?.actions?.[a.id];
    return {
      id: a.id,
      title: pick(a.title, lang),
      titleLang: fallbackLang(a.title, lang),
      score: scoreText(c.items[i]?.score ?? null, lang, t),
      spread: itemSpread(c.items[i], lang, t),
      notes: item?.notes ?? '',
      evidence: evidenceView(item?.evidence),
    };
  });
  const coverage = `${c.scored}/${c.total}` + (c.na ? ` (${t('coverageNa', { na: c.na })})` : '');
  const withActions = Boolean(def.actions?.length);
  const ownSpread = withActions ? '' : itemSpread(c.items[0], lang, t);
  const actionVotes = withActions && c.items.some((i) => i.spread || i.naVotes);
  return {
    id: c.id,
    title,
    label: `${c.id}. ${title}`,
    description: pick(def.description, lang),
    titleLang: fallbackLang(def.title, lang),
    descriptionLang: def.description ? fallbackLang(def.description, lang) : '',
    mean: c.mean === null ? '' : formatMean(c.mean, lang),
    percent,
    percentText: percent ? `${percent}\u00a0%` : '',
    percentValue: c.percent,
    band,
    bandId: c.band?.id ?? null,
    status: c.status,
    bandText: band || (c.status === 'na' ? t('naLong') : t('notScored')),
    benchmark: bench === null ? '' : formatNumber(bench, decimals, lang),
    diff: diffValue === null ? '' : formatSigned(diffValue, decimals, lang),
    diffValue,
    coverage,
    // With actions, the spread is per action (in `actions`): pooled, differences between actions would read as disagreement.
    spread: ownSpread,
    spreadShort: withActions ? (actionVotes ? t('spreadPerAction') : '') : spreadText(c.items[0]?.spread ?? null, lang, t, true),
    scoreLine: c.status === 'na'
      ? t('scoreLineNa')
      : c.mean === null ? t('scoreLineNotScored') : t('scoreLine', { score: formatMean(c.mean, lang), percent, band }),
    notes: result?.notes ?? '',
    noNotes: result?.notes ? '' : actions.some((a) => a.notes || a.evidence.length) ? t('noNotesSeeActions') : t('noNotes'),
    evidence: evidenceView(result?.evidence),
    actions,
    synthesis: null,
  };
}

/**
 * Strengths and weaknesses, which never overlap and never claim more than the figures say.
 * With a benchmark: up to three furthest above it, up to three furthest below (level is neither).
 * Without: up to three highest and three lowest, at most half the scored commitments each, and a
 * commitment is a strength only if it is above every weakness (ties at the boundary are neither).
 * Fewer than two scored, or all within one step of the scale: no ranking, and the reason is said.
 * Ties keep the framework's order.
 */
function ranked(views: CommitmentView[], withBenchmark: boolean, fw: Framework, lang: Lang, t: Translate<ReportKey>) {
  const decimals = fw.percent.decimals ?? 1;
  const key = (v: CommitmentView) => (withBenchmark ? v.diffValue : v.percentValue);
  const scored = views.map((v, i) => ({ v, i, k: key(v) })).filter((x): x is { v: CommitmentView; i: number; k: number } => x.k !== null);
  const desc = [...scored].sort((a, b) => b.k - a.k || a.i - b.i);
  const asc = [...scored].sort((a, b) => a.k - b.k || a.i - b.i);
  let strengths: typeof scored = [];
  let weaknesses: typeof scored = [];
  let reason = '';
  const anyScored = views.some((v) => v.percentValue !== null);
  if (withBenchmark) {
    strengths = desc.filter((x) => x.k > 0).slice(0, 3);
    weaknesses = asc.filter((x) => x.k < 0).slice(0, 3);
  } else if (scored.length < 2) {
    reason = scored.length === 0 ? t('noneScored') : t('rankTooFew', { count: scored.length });
  } else {
    const range = (desc[0] as { k: number }).k - (asc[0] as { k: number }).k;
    const step = 100 / (fw.scale.max - fw.scale.min);
    if (range < step) {
      reason = t('rankTooClose', { range: formatNumber(range, decimals, lang), step: formatNumber(step, decimals, lang) });
    } else {
      const take = Math.min(3, Math.floor(scored.length / 2));
      const top = desc.slice(0, take);
      const bottom = asc.slice(0, take);
      const lowestTop = Math.min(...top.map((x) => x.k));
      const highestBottom = Math.max(...bottom.map((x) => x.k));
      strengths = top.filter((x) => x.k > highestBottom);
      weaknesses = bottom.filter((x) => x.k < lowestTop);
    }
  }
  const view = (x: { v: CommitmentView; k: number }): RankedView => ({
    id: x.v.id,
    title: x.v.title,
    percent: x.v.percent,
    percentText: x.v.percentText,
    diff: withBenchmark ? t('points', { value: formatSigned(x.k, decimals, lang) }) : null,
    titleLang: x.v.titleLang ?? '',
  });
  const none = (withBench: string) => reason || (withBenchmark ? withBench : anyScored ? '' : t('noneScored'));
  return {
    strengths: strengths.map(view),
    weaknesses: weaknesses.map(view),
    /** Why there is no ranking at all ('' when there is one). */
    reason,
    noneStrengths: none(t('noneAbove')),
    noneWeaknesses: none(t('noneBelow')),
  };
}

/** "Culture 21 Actions (UCLG Committee on Culture, 2015)": the framework as its file cites it. */
function citation(fw: Framework, title: string, lang: Lang): string {
  const by = [pickAny(fw.source?.publisher, lang), fw.source?.year].filter((x) => x !== undefined && x !== '').join(', ');
  // A title that ends in parentheses of its own ("Culture 21 Actions (1–10 scale)") takes the source after a comma, not in a second pair.
  return by ? (title.endsWith(')') ? `${title}, ${by}` : `${title} (${by})`) : title;
}

/** Adds `labelColon` ("Source:" / "Source :") to label-value rows, for templates that write them inline. */
function withColon(t: Translate<ReportKey>, rows: { label: string; value: string }[]) {
  return rows.map((r) => ({ ...r, labelColon: t('labelColon', { label: r.label }) }));
}

export function buildReportModel(input: ModelInput) {
  const { assessment: a, framework: fw, score, lang } = input;
  const t = translator(reportMessages, lang);
  const decimals = fw.percent.decimals ?? 1;
  const participants = a.participants ?? [];
  const sectorLabel = (s: string | undefined) => t(`sector.${s ?? 'none'}` as ReportKey);
  const sectors = [...SECTORS, undefined]
    .map((s) => ({ id: s ?? 'none', label: sectorLabel(s), count: participants.filter((p) => p.sector === s).length }))
    .filter((s) => s.count > 0 || s.id !== 'none');
  const review: ReviewView | null = input.review ? reviewView(input.review, fw, lang, t) : null;
  const commitments = score.commitments.map((c, i) => ({ ...commitmentView(input, c, i, t), synthesis: review?.synthesis[c.id] ?? null }));
  const bench = input.benchmark?.data;
  const benchText = bench ? benchmarkText(bench, lang) : null;
  const ranking = ranked(commitments, Boolean(bench), fw, lang, t);
  const cover = score.overallCoverage;
  const frameworkTitle = pick(fw.title, lang);
  const frameworkLang = fallbackLang(fw.title, lang);
  const messages = Object.fromEntries(Object.keys(reportMessages.en).map((k) => [k, t(k as ReportKey)]));
  const { min, max } = fw.scale;

  return {
    lang,
    t: messages,
    title: a.title ?? t('defaultTitle', { city: a.city }),
    /** The language of the assessment's own texts (title, notes) when it is not the report's: marked with lang. */
    sourceLang: a.language !== lang ? a.language : '',
    titleLang: a.title && a.language !== lang ? a.language : '',
    subtitle: t('reportSubtitle', { framework: frameworkTitle }),
    /** The subtitle in runs, the framework's title marked when it is in another language. */
    subtitleParts: partsAround(t('reportSubtitle', { framework: frameworkTitle }), frameworkTitle, frameworkLang),
    city: a.city,
    country: a.country ?? '',
    date: a.date,
    dateText: longDate(String(a.date), lang),
    facilitators: a.facilitators ?? [],
    experts: a.experts ?? [],
    framework: { id: fw.id, title: frameworkTitle, titleLang: frameworkLang, version: fw.version ?? '', source: fw.source ?? null },
    participation: {
      intro: t('participationIntro', { count: participants.length }),
      total: participants.length,
      sectors,
    },
    radar: {
      svg: input.radar.svg,
      href: input.radar.href ?? null,
      /** Where the chart is an image (Markdown): its description, which states every value and names the results table. */
      alt: svgDescription(input.radar.svg) || t('radar'),
      compare: input.compare ? t('radarCompare', { label: reportLabels(input, input.compare)[1] as string }) : '',
      benchmark: bench && benchText ? t('radarBenchmark', { name: benchText.name }) : '',
    },
    compare: input.compare ? { city: input.compare.assessment.city, date: input.compare.assessment.date, label: reportLabels(input, input.compare)[1] as string } : null,
    commitments,
    overall: score.overall === null ? '' : formatNumber(score.overall, decimals, lang),
    overallText: score.overall === null ? '' : `${formatNumber(score.overall, decimals, lang)}\u00a0%`,
    /** "Mean of 5 of 9 commitments": every overall figure says what it is the mean of. */
    overallLabel: t('overallOf', { scored: cover.scored, total: cover.total }),
    overallCoverage: cover,
    overallLine: score.overall === null ? '' : t('overallLineOf', { value: formatNumber(score.overall, decimals, lang), scored: cover.scored, total: cover.total }),
    hasBenchmark: Boolean(bench),
    hasSpread: commitments.some((c) => c.spread !== ''),
    ranking: {
      basis: bench && benchText ? t('basisBenchmark', { name: benchText.name }) : t('basisScores'),
      ...ranking,
    },
    thenNow: input.compare ? thenNowView(input, input.compare, reportLabels(input, input.compare), review, t) : null,
    review,
    /** The x- keys of the assessment and of the review, for your own templates. */
    extensions: { assessment: xKeys(a), review: input.review ? xKeys(input.review) : {} },
    votes: input.votes ? { svg: input.votes.svg, href: input.votes.href ?? null, alt: svgDescription(input.votes.svg) || t('votes') } : null,
    participants: participants.map((p) => ({ name: p.name, organisation: p.organisation ?? '', sector: sectorLabel(p.sector), role: p.role ?? '' })),
    methodology: {
      framework: t('methodFramework', { title: citation(fw, frameworkTitle, lang) }),
      frameworkParts: partsAround(t('methodFramework', { title: citation(fw, frameworkTitle, lang) }), frameworkTitle, frameworkLang),
      sourceNote: fw.source?.note ? t('methodSourceNote', { note: pickAny(fw.source.note, lang) }) : '',
      /** The same sentence in runs, each with its language ('' for the report's): the titles it quotes in English, say. */
      sourceNoteParts: sourceNoteParts(fw, lang, (note) => t('methodSourceNote', { note })),
      convention: t('methodConvention'),
      scale: t('methodScale', { min, max }),
      bands: [...fw.scale.bands]
        .sort((x, y) => x.min - y.min)
        .map((b) => ({ id: b.id, label: pick(b.label, lang), min: b.min, max: b.max, range: `${b.min}–${b.max}`, description: pick(b.description, lang) })),
      percent: t('methodPercentText', {
        min, range: max - min,
        decimals: t('decimals', { count: decimals }),
      }),
      coverage: t('methodCoverage'),
      votes: t('methodVotes'),
      benchmark: bench && benchText
        ? withColon(t, [
            { label: t('benchName'), value: benchText.name },
            { label: t('benchSource'), value: benchText.source },
            ...(bench.year !== undefined ? [{ label: t('benchYear'), value: String(bench.year) }] : []),
            ...(bench.respondents !== undefined ? [{ label: t('benchRespondents'), value: String(bench.respondents) }] : []),
            ...(benchText.method ? [{ label: t('benchMethod'), value: benchText.method }] : []),
            ...(benchText.notes ? [{ label: t('benchNotes'), value: benchText.notes }] : []),
          ])
        : null,
      noBenchmark: t('methodNoBenchmark'),
    },
    footer: t('footer', { file: input.fileName }),
  };
}

export type ReportModel = ReturnType<typeof buildReportModel>;

/** Keys starting with x- (yours: c21lab keeps them and passes them to templates). */
function xKeys(data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([k]) => k.startsWith('x-')));
}
