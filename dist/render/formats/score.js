import { scoreCsv } from '../score/csv.js';
import { scoreTable } from '../score/table.js';
import { jsonFormatter } from './json.js';
export const scoreFormatters = {
    table: { format: (results, env) => scoreTable(results, env.t, env.style, env.lang) },
    json: jsonFormatter((results) => results),
    csv: { format: (results) => scoreCsv(results) },
};
