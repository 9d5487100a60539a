// Kept for the existing imports: the one text table is ../table.ts.
import { textTable, type Column } from '../table.js';

export type { Align, Column } from '../table.js';

/** A table with a rule under its headers, no colour (compare, history). */
export function alignedTable(columns: readonly Column[], input: readonly (readonly string[])[]): string {
  return textTable(columns, input, { rule: true });
}
