// Counts of one read right in every language: "1 engagement sur 9", not
// "1 engagements"; "at least 1 entry", not "1 entries". These messages give an
// overall figure's coverage, so they are read with small counts all the time.
import { describe, expect, it } from 'vitest';
import { compareMessages } from '../../src/i18n/compare.js';
import { formatMessage } from '../../src/i18n/define.js';
import { historyMessages } from '../../src/i18n/history.js';
import { reportMessages } from '../../src/i18n/report.js';
import { scoreMessages } from '../../src/i18n/score.js';
import { validateMessages } from '../../src/i18n/validate.js';

const cases: Array<[string, string, Record<string, string | number>, string]> = [
  ['report fr overallOf', reportMessages.fr.overallOf, { scored: 1, total: 9 }, 'Moyenne de 1 engagement sur 9'],
  ['report fr overallOf, 5', reportMessages.fr.overallOf, { scored: 5, total: 9 }, 'Moyenne de 5 engagements sur 9'],
  ['report fr overallLineOf', reportMessages.fr.overallLineOf, { scored: 1, total: 9, value: '62,5' }, 'Moyenne des pourcentages de 1 engagement sur 9\u00a0: 62,5\u00a0%'],
  ['score fr overallOf', scoreMessages.fr.overallOf, { scored: 1, total: 9 }, 'Ensemble (1 engagement sur 9)'],
  ['history fr trendOverallOf', historyMessages.fr.trendOverallOf, { count: 1, total: 9 }, 'Global (1 engagement sur 9, ceux notés dans les deux)'],
  ['compare fr overallNote', compareMessages.fr.overallNote, { count: 1, total: 9, ids: '2' }, 'Ensemble : moyenne sur le seul engagement noté dans tous les fichiers (1 sur 9 : 2), pour comparer ce qui est comparable.'],
  ['compare es overallNote', compareMessages.es.overallNote, { count: 3, total: 9, ids: '1, 2, 3' }, 'Conjunto: media de los 3 compromisos puntuados en todos los archivos (3 de 9: 1, 2, 3), para comparar lo comparable.'],
  ['validate en tooFew', validateMessages.en.tooFew, { min: 1, found: 0 }, 'expected at least 1 entry, found 0'],
  ['validate fr tooFew', validateMessages.fr.tooFew, { min: 2, found: 0 }, 'au moins 2 entrées attendues, trouvé : 0'],
  ['validate es tooFew', validateMessages.es.tooFew, { min: 1, found: 0 }, 'se espera al menos 1 entrada, se encontró 0'],
];

describe('a count of one', () => {
  it.each(cases)('%s', (_name, text, params, expected) => {
    const lang = /^\S+ (en|fr|es)/.exec(_name)?.[1] as 'en' | 'fr' | 'es';
    expect(formatMessage(text, params, lang)).toBe(expected);
  });
});
