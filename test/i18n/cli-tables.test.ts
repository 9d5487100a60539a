// The trilingual tables that live beside the code rather than in src/i18n/
// (the man page's words, commander's titles, placeholder terms and error
// translations), held to what test/i18n/catalogs.test.ts holds the catalogs
// to: every entry in every language, and no English left in French or Spanish.
import { describe, expect, it } from 'vitest';
import { ERRORS, TERMS, TITLES, WORDS } from '../../src/cli/commander-i18n.js';
import { HEAD, TEXT } from '../../src/cli/man.js';
import { englishWords } from '../helpers/english.js';

const OTHERS = ['fr', 'es'] as const;
/** What a reader sees of a translation: its `$1` slots and commander's `error:` prefix (never printed) aside. */
const seen = (text: string) => text.replace(/\$\d/g, ' ').replace(/^error: /, '');

describe('the man page', () => {
  for (const lang of OTHERS) {
    it(`${lang}: every heading and text, the same exit codes and variables, no English`, () => {
      expect(Object.keys(HEAD[lang])).toEqual(Object.keys(HEAD.en));
      expect(TEXT[lang].exit.map(([code]) => code)).toEqual(TEXT.en.exit.map(([code]) => code));
      expect(TEXT[lang].env.map(([name]) => name)).toEqual(TEXT.en.env.map(([name]) => name));
      const texts = [...Object.values(HEAD[lang]), ...TEXT[lang].exit.map(([, t]) => t), ...TEXT[lang].env.map(([, t]) => t), TEXT[lang].files, TEXT[lang].usage];
      expect(texts.flatMap((t) => englishWords(t).map((w) => `${w}: ${t}`))).toEqual([]);
      for (const [, t] of TEXT[lang].exit) expect(TEXT.en.exit.some(([, e]) => e === t), t).toBe(false);
    });
  }
});

describe("commander's words", () => {
  for (const lang of OTHERS) {
    it(`${lang}: every title, term, word and error the other languages have, and no English`, () => {
      expect(Object.keys(TITLES[lang]).sort()).toEqual(Object.keys(TITLES[OTHERS.find((l) => l !== lang)!]).sort());
      expect(Object.keys(TERMS[lang]).sort()).toEqual(Object.keys(TERMS[OTHERS.find((l) => l !== lang)!]).sort());
      expect(Object.keys(WORDS[lang])).toEqual(Object.keys(WORDS.en));
      // The same commander messages are caught in each language.
      expect(ERRORS[lang].map(([re]) => re.source)).toEqual(ERRORS[OTHERS.find((l) => l !== lang)!].map(([re]) => re.source));
      const texts = [...Object.values(TITLES[lang]), ...Object.values(WORDS[lang]), ...ERRORS[lang].map(([, t]) => seen(t))];
      expect(texts.flatMap((t) => englishWords(t).map((w) => `${w}: ${t}`))).toEqual([]);
      // Each error translation keeps every slot its pattern captures.
      for (const [re, t] of ERRORS[lang]) {
        const groups = new RegExp(`${re.source}|`).exec('')!.length - 1;
        for (let i = 1; i <= groups; i++) expect(t, re.source).toContain(`$${i}`);
      }
    });
  }
});
