// The one plain-text table for the terminal (score, compare, history): columns
// padded to their widest cell, numbers right-aligned. Text from files is made
// one visible line per cell (escape/terminal.ts); colour comes only through a
// cell's `paint`, applied after padding, so widths stay exact.
import { visible } from './escape/terminal.js';

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

/** A cell with its own style (a dim em dash, a green gain); a plain string is unstyled. */
export interface Cell {
  text: string;
  paint?: (s: string) => string;
}

export interface TableOptions {
  /** A line of ─ under the headers. */
  rule?: boolean;
  /** The headers' style (bold in the score table). */
  headerPaint?: (s: string) => string;
}

/** Display width: code points, not UTF-16 units (é and — count as one). */
export function displayWidth(text: string): number {
  return [...text].length;
}

export function padCell(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

const plain = (s: string) => s;

export function textTable(columns: readonly Column[], input: readonly (readonly (string | Cell)[])[], options: TableOptions = {}): string {
  const rows = input.map((r) => r.map((c): Cell => (typeof c === 'string' ? { text: visible(c) } : { ...c, text: visible(c.text) })));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i]?.text ?? ''))));
  const line = (cells: readonly Cell[]) =>
    columns.map((c, i) => (cells[i]?.paint ?? plain)(padCell(cells[i]?.text ?? '', widths[i] ?? 0, c.align ?? 'left'))).join('  ').trimEnd();
  const head = line(columns.map((c) => ({ text: c.header, paint: options.headerPaint })));
  const rule = options.rule ? [widths.map((w) => '─'.repeat(w)).join('  ')] : [];
  return [head, ...rule, ...rows.map(line)].join('\n');
}
