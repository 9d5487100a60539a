// What the walkthrough prints (never asks): a commitment's introduction, the
// progress view, the review before finishing.
import { pick } from '../../core/lang.js';
import { visible, visibleLines } from '../../render/escape/terminal.js';
import { displayWidth, padCell } from '../../render/table.js';
import { wordsOf, wrapWords } from '../../render/wrap.js';
import { firstItemOf, progress, resultOf, type ToDo } from '../items.js';
import type { Session } from '../session.js';
import type { Item } from '../items.js';
import { commitmentTitle, itemName, scoreLabel } from './labels.js';

/** Word-wraps a paragraph to the terminal (render/wrap.ts), continuation lines indented like the first. */
export function wrap(text: string, width: number, indent = '', first = indent): string {
  text = visibleLines(text); // text from files: no control reaches the terminal
  // French puts a space before ? : ; ! — keep that mark with its word.
  const lines = wrapWords(wordsOf(text.replace(/ ([?:;!»])/g, '\u00a0$1')), width, first, indent);
  return (lines.length || !first.trim() ? lines : [first]).join('\n');
}

export function showCommitment(s: Session, item: Item): void {
  const { style, t } = s;
  s.print();
  s.print(style.bold(t('commitmentHeader', { no: item.commitmentNo, total: s.fw.commitments.length, title: commitmentTitle(s, item) })));
  const description = pick(item.commitment.description, s.lang);
  if (description) s.print(wrap(description, s.width));
  const prompts = item.commitment.prompts ?? [];
  if (prompts.length) {
    s.print(style.dim(t('promptsHeader')));
    for (const prompt of prompts) s.print(wrap(pick(prompt, s.lang), s.width, '    ', '  • '));
  }
  const actions = item.commitment.actions ?? [];
  if (actions.length) s.print(style.dim(t('actionsCount', { count: actions.length })));
}

export function showItem(s: Session, item: Item): void {
  if (item.action) {
    s.print();
    s.print(s.style.bold(s.t('actionHeader', { no: item.actionNo ?? 1, total: item.commitment.actions?.length ?? 1 }) + ' ' + itemName(s, item)));
    const description = pick(item.action.description, s.lang);
    if (description) s.print(wrap(description, s.width));
  }
  const result = resultOf(s.assessment, item);
  if (result.score !== undefined || result.notes || result.evidence?.length) {
    s.print(s.style.dim(s.t('currentAnswer', { score: scoreLabel(s, result.score) })));
    if (result.notes) s.print(s.style.dim(`  ${s.t('notesLabel')}: ${visible(result.notes)}`));
    if (result.evidence?.length) s.print(s.style.dim(`  ${s.t('evidenceLabel')}: ${result.evidence.length}`));
  }
}

export function showProgress(s: Session): void {
  s.print();
  s.print(s.style.bold(s.t('progressHeader')));
  const rows = progress(s.assessment, s.fw, s.items);
  // Widths in code points, as every table of the tool (render/table.ts): `é` and `—` are one column, not two units.
  const title = (r: (typeof rows)[number]) => visible(pick(r.commitment.title, s.lang));
  const width = Math.max(...rows.map((r) => displayWidth(title(r))));
  let answered = 0;
  for (const row of rows) {
    answered += row.answered;
    const mark = row.answered === row.total ? '✔' : row.answered ? '…' : ' ';
    const na = row.na ? ' ' + s.t('naCount', { count: row.na }) : '';
    s.print(`  ${mark} ${padCell(visible(row.commitment.id), 2, 'right')}  ${padCell(title(row), width, 'left')}  ${row.answered}/${row.total}${na}`);
  }
  s.print(s.t('progressTotal', { answered, total: s.items.length }));
}

export function showReview(s: Session): void {
  s.print();
  s.print(s.style.bold(s.t('reviewHeader')));
  for (const commitment of s.fw.commitments) {
    const first = firstItemOf(s.items, commitment.id);
    const own = s.items.filter((i) => i.commitment.id === commitment.id);
    if (first === undefined) continue;
    s.print(`  ${visible(commitment.id).padStart(2)}  ${visible(pick(commitment.title, s.lang))}`);
    for (const item of own) {
      const result = resultOf(s.assessment, item);
      const label = item.action ? `      ${item.action.id.padEnd(6)}` : '      ';
      const extra = [result.notes ? s.t('hasNotes') : '', result.evidence?.length ? s.t('hasEvidence', { count: result.evidence.length }) : '']
        .filter(Boolean)
        .join(', ');
      s.print(`${label}${scoreLabel(s, result.score)}${extra ? s.style.dim(`  (${extra})`) : ''}`);
    }
  }
}

/** The "still to do" list a resumed session starts with (at most ten lines, so it fits an 80×24 screen). */
export function showToDo(s: Session, todo: readonly ToDo[]): void {
  if (!todo.length) return;
  s.print(s.style.bold(s.t('stillToDo')));
  for (const entry of todo.slice(0, 10)) {
    const name = itemName(s, entry.item);
    if (!entry.scored) s.print(`  ${s.t('todoScore', { item: name })}`);
    else s.print(`  ${s.t('todoVotes', { item: name, ids: entry.missingVotes.join(', ') })}`);
  }
  if (todo.length > 10) s.print(s.style.dim(`  ${s.t('todoMore', { count: todo.length - 10 })}`));
}
