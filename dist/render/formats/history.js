import { historyJson, historyText } from '../history.js';
import { jsonFormatter } from './json.js';
export const historyFormatters = {
    table: { format: (history, env) => historyText(history, env.lang, env.t) + '\n' },
    json: jsonFormatter((history, env) => historyJson(history, env.lang)),
};
