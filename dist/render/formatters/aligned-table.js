// Plain-text tables for the terminal: columns padded to their widest cell,
// numbers right-aligned. No colour codes inside cells, so widths stay exact.
import { visible } from '../escape/terminal.js';
/** Display width: code points, not UTF-16 units (é and — count as one). */
function width(text) {
    return [...text].length;
}
function pad(text, size, align) {
    const fill = ' '.repeat(Math.max(0, size - width(text)));
    return align === 'right' ? fill + text : text + fill;
}
export function alignedTable(columns, input) {
    // Cells may hold text from files (a city, a title): one visible line each (escape/terminal.ts).
    const rows = input.map((r) => r.map(visible));
    const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
    const line = (cells) => columns.map((c, i) => pad(cells[i] ?? '', widths[i] ?? 0, c.align ?? 'left')).join('  ').trimEnd();
    const rule = widths.map((w) => '─'.repeat(w)).join('  ');
    return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}
