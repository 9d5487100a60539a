// The table of commitment scores as plain text: id, title, mean, percent,
// band and how many items were answered. Generic over the framework, so any
// command that prints scores (assess at the end, score, compare) can use it.
import type { ChalkInstance } from 'chalk';
import { pick } from '../core/lang.js';
import type { AssessmentScore } from '../core/score.js';
import type { Framework, Lang } from '../core/types.js';
import { translator } from '../i18n/define.js';
import { frameworkMessages } from '../i18n/framework.js';

function pad(text: string, width: number, right = false): string {
  const gap = ' '.repeat(Math.max(0, width - [...text].length));
  return right ? gap + text : text + gap;
}

export function formatScoreTable(score: AssessmentScore, fw: Framework, lang: Lang, style: ChalkInstance): string {
  const t = translator(frameworkMessages, lang);
  const decimals = fw.percent.decimals ?? 1;
  const rows = score.commitments.map((c) => {
    const commitment = fw.commitments.find((x) => x.id === c.id);
    const title = pick(commitment?.short ?? commitment?.title, lang) || c.id;
    const na = c.na ? ` (${c.na} ${t('allNa')})` : '';
    return [
      c.id,
      title,
      c.mean === null ? '–' : c.mean.toFixed(decimals),
      c.percent === null ? '–' : c.percent.toFixed(decimals),
      c.band ? pick(c.band.label, lang) : c.na > 0 && c.scored === 0 ? t('allNa') : t('notScored'),
      `${c.scored + c.na}/${c.total}${na}`,
    ];
  });
  const header = ['#', t('colCommitment'), t('colMean'), t('colPercent'), t('colBand'), t('colCoverage')];
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] as string)].length)));
  const numeric = [true, false, true, true, false, false];
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i] as number, numeric[i])).join('  ').trimEnd();
  const out = [style.bold(line(header)), style.dim(widths.map((w) => '─'.repeat(w)).join('  '))];
  for (const row of rows) out.push(line(row));
  if (score.overall !== null) out.push('', t('overall', { value: score.overall.toFixed(decimals) }));
  return out.join('\n');
}
