// Kept for the existing imports: the one CSV module is ./escape/csv.ts.
export { csvDocument, csvField, csvText } from './escape/csv.js';
