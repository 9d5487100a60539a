import { compareCsv, compareJson, compareText } from '../compare.js';
import { jsonFormatter } from './json.js';
export const compareFormatters = {
    table: { format: (cmp, env) => compareText(cmp, env.lang, env.t) + '\n' },
    json: jsonFormatter((cmp, env) => compareJson(cmp, env.lang)),
    csv: { format: (cmp, env) => compareCsv(cmp, env.lang, env.t) },
};
