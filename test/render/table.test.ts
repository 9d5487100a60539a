// The one text table (render/table.ts) and the one CSV document (render/escape/csv.ts).
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvText } from '../../src/render/escape/csv.js';
import { textTable } from '../../src/render/table.js';

describe('textTable', () => {
  const columns = [{ header: 'Id' }, { header: 'Value', align: 'right' as const }];

  it('pads to the widest cell in code points, right-aligns numbers, trims line ends', () => {
    expect(textTable(columns, [['é—', '1.5'], ['abcd', '12.25']], { rule: true })).toBe(
      ['Id    Value', '────  ─────', 'é—      1.5', 'abcd  12.25'].join('\n'),
    );
  });

  it('makes text from files one visible line per cell', () => {
    const out = textTable(columns, [['a\nb\u001b[2J', '1']]);
    expect(out).toContain('a\\nb\\u001b[2J');
    expect(out.split('\n')).toHaveLength(2);
  });

  it('paints after padding, so colour never changes a width', () => {
    const mark = (s: string) => `<${s}>`;
    expect(textTable(columns, [[{ text: 'x', paint: mark }, '10']], { headerPaint: mark })).toBe('<Id>  <Value>\n<x >     10');
  });

  it('fills a short row with empty cells', () => {
    expect(textTable(columns, [['only']])).toBe('Id    Value\nonly');
  });
});

describe('csvDocument', () => {
  it('joins escaped fields with commas and CRLF, ending with one', () => {
    expect(csvDocument([['a', csvField('b,c')], [csvText('=1+1'), csvField(-12.5)]])).toBe('a,"b,c"\r\n\'=1+1,-12.5\r\n');
  });
});

describe('the one word wrap', async () => {
  const { wrapWords, wordsOf } = await import('../../src/render/wrap.js');
  const { wrap: radarWrap } = await import('../../src/render/radar/layout.js');
  const { wrap: terminalWrap } = await import('../../src/walkthrough/steps/show.js');

  it('is greedy, keeps a long word whole, indents continuation lines', () => {
    expect(wrapWords(wordsOf('one two three four'), 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords(wordsOf('a extraordinarily b'), 5, '* ', '  ')).toEqual(['* a', '  extraordinarily', '  b']);
  });

  it('the radar and the walkthrough break the same text at the same places', () => {
    const text = 'How far everyone in the city can take part in cultural life and express themselves';
    expect(terminalWrap(text, 24).split('\n')).toEqual(radarWrap(text, 24));
    expect(radarWrap('', 10)).toEqual(['']);
    expect(terminalWrap('Pourquoi ?', 9)).toBe('Pourquoi\u00a0?');
  });
});
