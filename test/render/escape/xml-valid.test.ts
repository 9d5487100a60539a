// xmlValidChars skips its (slow) replacement when a cheap scan finds no
// character it could change: the result must be what the replacement alone
// gives, for every UTF-16 code unit alone, between letters, and in pairs.
import { describe, expect, it } from 'vitest';
import { xmlValidChars } from '../../../src/render/escape/xml.js';

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const exact = (s: string) => s.replace(INVALID, '\uFFFD');

describe('xmlValidChars', () => {
  it('equals the full replacement for every code unit, alone and inside text', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`]) if (xmlValidChars(s) !== exact(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps paired surrogates (an emoji in a city name) and replaces lone ones and controls', () => {
    expect(xmlValidChars('<text>Caf\u00e9 \u{1F3AD} ok</text>')).toBe('<text>Caf\u00e9 \u{1F3AD} ok</text>');
    expect(xmlValidChars('a\uD83Db\uDC00c\u0007d\uFFFE')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD');
    for (const s of ['\uD83D\uDE00\uDE00', '\uD83D\uD83D\uDE00', '\u0009\u000A\u000D', '']) expect(xmlValidChars(s)).toBe(exact(s));
  });
});
