// `c21lab score --format`: table (render/score/table.ts), json, csv
// (render/score/csv.ts).
import type { ChalkInstance } from 'chalk';
import type { ScoreFileOut } from '../../core/score-result.js';
import type { Lang } from '../../core/types.js';
import type { Translate } from '../../i18n/define.js';
import type { scoreMessages } from '../../i18n/score.js';
import { scoreCsv } from '../score/csv.js';
import { scoreTable } from '../score/table.js';
import { jsonFormatter } from './json.js';
import type { ScoreFormat } from './names.js';
import type { FormatRegistry } from './types.js';

export interface ScoreEnv {
  lang: Lang;
  t: Translate<keyof typeof scoreMessages.en>;
  style: ChalkInstance;
}

export const scoreFormatters: FormatRegistry<ScoreFormat, readonly ScoreFileOut[], ScoreEnv> = {
  table: { format: (results, env) => scoreTable(results, env.t, env.style, env.lang) },
  json: jsonFormatter((results) => results),
  csv: { format: (results) => scoreCsv(results) },
};
