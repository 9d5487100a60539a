// Every command's --format names and its registry of formatters are one list:
// each name has a formatter behind the one interface, and no formatter lacks a name.
import { describe, expect, it } from 'vitest';
import { compareFormatters } from '../../src/render/formats/compare.js';
import { historyFormatters } from '../../src/render/formats/history.js';
import { COMPARE_FORMATS, HISTORY_FORMATS, PAGE_FORMATS, REPORT_FORMATS, SCORE_FORMATS, VALIDATE_FORMATS } from '../../src/render/formats/names.js';
import { scoreFormatters } from '../../src/render/formats/score.js';
import { runCli } from '../helpers/cli.js';
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

  it('refuses an unknown --format in one wording in every command, naming its registry\'s names (exit 2)', async () => {
    const lists = { score: SCORE_FORMATS, compare: COMPARE_FORMATS, history: HISTORY_FORMATS, validate: VALIDATE_FORMATS, report: REPORT_FORMATS, 'practice render': PAGE_FORMATS } as const;
    for (const [command, names] of Object.entries(lists)) {
      for (const typed of ['CSV', 'toString']) {
        const r = await runCli([...command.split(' '), 'a.yaml', '--format', typed]);
        expect(r.code, command).toBe(2);
        expect(r.stderr).toBe(`c21lab: option '${['score', 'validate'].includes(command) ? '-f, ' : ''}--format <format>' argument '${typed}' is invalid. Allowed choices are ${names.join(', ')}.\n`);
      }
    }
    const fr = await runCli(['--lang', 'fr', 'score', 'a.yaml', '--format', 'xml']);
    expect(fr.stderr).toContain('la valeur « xml » de l’option « -f, --format <format> » n’est pas valable ; valeurs possibles : table, json, csv.');
  });
});
