// Kept for the existing imports: the one text table is ../table.ts.
import { textTable } from '../table.js';
/** A table with a rule under its headers, no colour (compare, history). */
export function alignedTable(columns, input) {
    return textTable(columns, input, { rule: true });
}
