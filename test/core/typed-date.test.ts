// One reading of a typed date (core/values.ts): init's check and validate's
// rule agree on every input, the old disagreement (years 1–99) included.
import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../src/core/values.js';
import { dateProblem } from '../../src/core/validate/rules/date.js';
import { isDate } from '../../src/walkthrough/init-values.js';

const INPUTS = ['2026-05-14', '2024-02-29', '2100-02-29', '2000-02-29', '0050-03-01', '0004-02-29', '0000-01-01', '2026-13-01',
  '2026-02-30', '2026-04-31', '2026-5-14', ' 2026-05-14', '2026-05-14\n', '14/05/2026', '', '٢٠٢٦-٠٥-١٤'];

describe('parseTypedDate', () => {
  it('reads a real calendar date, with the reason when it is not one', () => {
    expect(parseTypedDate('0050-03-01')).toEqual({ ok: true, value: '0050-03-01', year: 50, month: 3, day: 1 });
    expect(parseTypedDate('2100-02-29')).toEqual({ ok: false, reason: 'notReal', month: '02', year: 2100, days: 28 });
    expect(parseTypedDate('0000-01-01')).toEqual({ ok: false, reason: 'yearZero' });
    expect(parseTypedDate('2026-13-01')).toEqual({ ok: false, reason: 'badMonth', month: '13' });
    expect(parseTypedDate('2026-05-14\n')).toEqual({ ok: false, reason: 'format' });
  });

  it('init and validate accept exactly the same dates', () => {
    for (const text of INPUTS) expect(isDate(text), text).toBe(dateProblem(text) === undefined);
    expect(INPUTS.filter(isDate)).toEqual(['2026-05-14', '2024-02-29', '2000-02-29', '0050-03-01', '0004-02-29']);
  });
});
