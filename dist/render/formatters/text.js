import { visible, visibleFile } from '../escape/terminal.js';
/** Always one line: what the file put in a key or a value is shown visibly (escape/terminal.ts). */
export function formatFinding(f, style) {
    const where = style.bold(`${visibleFile(f.file)}:${f.line}:${f.column}`);
    const severity = f.severity === 'error' ? style.red('error') : style.yellow('warning');
    return `${where} ${severity} ${style.dim(visible(f.rule))} ${visible(f.message)}`;
}
export function formatFindings(findings, style) {
    return findings.map((f) => formatFinding(f, style)).join('\n');
}
export const text = {
    format(run, style) {
        const lines = run.files.flatMap((f) => f.findings.map((x) => formatFinding(x, style)));
        return lines.length ? lines.join('\n') + '\n' : '';
    },
};
