// Every command's --format names and its registry of formatters are one list:
// each name has a formatter behind the one interface, and no formatter lacks a name.
import { describe, expect, it } from 'vitest';
import { compareFormatters } from '../../src/render/formats/compare.js';
import { historyFormatters } from '../../src/render/formats/history.js';
import { COMPARE_FORMATS, HISTORY_FORMATS, SCORE_FORMATS, VALIDATE_FORMATS } from '../../src/render/formats/names.js';
import { scoreFormatters } from '../../src/render/formats/score.js';
import { isFormatName } from '../../src/render/formats/types.js';
import { validateFormatters } from '../../src/render/formatters/index.js';

const registries = [
  ['score', SCORE_FORMATS, scoreFormatters],
  ['compare', COMPARE_FORMATS, compareFormatters],
  ['history', HISTORY_FORMATS, historyFormatters],
  ['validate', VALIDATE_FORMATS, validateFormatters],
] as const;

describe('format registries', () => {
  for (const [command, names, registry] of registries) {
    it(`${command}: the names are exactly the registry's formatters`, () => {
      expect(Object.keys(registry).sort()).toEqual([...names].sort());
      for (const name of names) expect(typeof (registry as Record<string, { format: unknown }>)[name]?.format).toBe('function');
    });
  }

  it('accepts only a listed name, exactly as typed', () => {
    expect(isFormatName(SCORE_FORMATS, 'csv')).toBe(true);
    expect(isFormatName(SCORE_FORMATS, 'CSV')).toBe(false);
    expect(isFormatName(HISTORY_FORMATS, 'csv')).toBe(false);
    expect(isFormatName(VALIDATE_FORMATS, 'toString')).toBe(false);
  });
});
