// GitHub Actions workflow commands: each finding becomes an annotation on the
// pull request's diff. Escaping follows the runner's rules: in the message,
// %, CR and LF; in properties also ':' and ','. The controls and escape
// sequences from files are made visible first (escape/terminal.ts), so a line
// break in a key shows as `\n` (as in the text format) rather than becoming
// the runner's %0A, a second line of the annotation. A file's name is the
// exception: the runner decodes its %0A back, to find the very file.
import { visible } from '../escape/terminal.js';
import type { Formatter } from './types.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = {
  format(run) {
    const lines: string[] = [];
    for (const file of run.files) {
      for (const f of file.findings) {
        const props = [`file=${visible(escapeProperty(f.file))}`, `line=${f.line}`, `col=${f.column}`];
        if (f.endLine !== undefined && f.endColumn !== undefined) props.push(`endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
        props.push(`title=${escapeProperty(visible(f.rule))}`);
        lines.push(`::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(visible(f.message))}`);
      }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
  },
};
