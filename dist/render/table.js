// The one plain-text table for the terminal (score, compare, history): columns
// padded to their widest cell, numbers right-aligned. Text from files is made
// one visible line per cell (escape/terminal.ts); colour comes only through a
// cell's `paint`, applied after padding, so widths stay exact.
import { visible } from './escape/terminal.js';
/** Display width: code points, not UTF-16 units (é and — count as one). */
export function displayWidth(text) {
    return [...text].length;
}
export function padCell(text, size, align) {
    const fill = ' '.repeat(Math.max(0, size - displayWidth(text)));
    return align === 'right' ? fill + text : text + fill;
}
const plain = (s) => s;
export function textTable(columns, input, options = {}) {
    const rows = input.map((r) => r.map((c) => (typeof c === 'string' ? { text: visible(c) } : { ...c, text: visible(c.text) })));
    const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i]?.text ?? ''))));
    const line = (cells) => columns.map((c, i) => (cells[i]?.paint ?? plain)(padCell(cells[i]?.text ?? '', widths[i] ?? 0, c.align ?? 'left'))).join('  ').trimEnd();
    const head = line(columns.map((c) => ({ text: c.header, paint: options.headerPaint })));
    const rule = options.rule ? [widths.map((w) => '─'.repeat(w)).join('  ')] : [];
    return [head, ...rule, ...rows.map(line)].join('\n');
}
