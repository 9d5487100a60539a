// `c21lab compare --format`: table, json, csv (all three in render/compare.ts).
import type { Comparison } from '../../core/compare.js';
import type { Lang } from '../../core/types.js';
import type { Translate } from '../../i18n/define.js';
import type { compareMessages } from '../../i18n/compare.js';
import { compareCsv, compareJson, compareText } from '../compare.js';
import { jsonFormatter } from './json.js';
import type { CompareFormat } from './names.js';
import type { FormatRegistry } from './types.js';

export interface CompareEnv {
  lang: Lang;
  t: Translate<keyof typeof compareMessages.en>;
}

export const compareFormatters: FormatRegistry<CompareFormat, Comparison, CompareEnv> = {
  table: { format: (cmp, env) => compareText(cmp, env.lang, env.t) + '\n' },
  json: jsonFormatter((cmp, env) => compareJson(cmp, env.lang)),
  csv: { format: (cmp, env) => compareCsv(cmp, env.lang, env.t) },
};
