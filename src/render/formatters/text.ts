// Human-readable findings: `file:line:col severity rule message`, one per
// line, the form editors and terminals make clickable.
import type { ChalkInstance } from 'chalk';
import type { Finding } from '../../core/types.js';
import { visible, visibleFile } from '../escape/terminal.js';
import type { Formatter } from './types.js';

/** Always one line: what the file put in a key or a value is shown visibly (escape/terminal.ts). */
export function formatFinding(f: Finding, style: ChalkInstance): string {
  const where = style.bold(`${visibleFile(f.file)}:${f.line}:${f.column}`);
  const severity = f.severity === 'error' ? style.red('error') : style.yellow('warning');
  return `${where} ${severity} ${style.dim(visible(f.rule))} ${visible(f.message)}`;
}

export function formatFindings(findings: readonly Finding[], style: ChalkInstance): string {
  return findings.map((f) => formatFinding(f, style)).join('\n');
}

export const text: Formatter = {
  format(run, style) {
    const lines = run.files.flatMap((f) => f.findings.map((x) => formatFinding(x, style)));
    return lines.length ? lines.join('\n') + '\n' : '';
  },
};
