// `c21lab history --format`: table, json (both in render/history.ts).
import type { History } from '../../core/history.js';
import type { Lang } from '../../core/types.js';
import type { Translate } from '../../i18n/define.js';
import type { historyMessages } from '../../i18n/history.js';
import { historyJson, historyText } from '../history.js';
import { jsonFormatter } from './json.js';
import type { HistoryFormat } from './names.js';
import type { FormatRegistry } from './types.js';

export interface HistoryEnv {
  lang: Lang;
  t: Translate<keyof typeof historyMessages.en>;
}

export const historyFormatters: FormatRegistry<HistoryFormat, History, HistoryEnv> = {
  table: { format: (history, env) => historyText(history, env.lang, env.t) + '\n' },
  json: jsonFormatter((history, env) => historyJson(history, env.lang)),
};
