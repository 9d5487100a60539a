// Kept for the existing imports: CSV escaping lives in ./escape/csv.ts.
export { csvField, csvText } from './escape/csv.js';
