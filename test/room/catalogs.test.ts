// No English left in the French and Spanish room (terminal and pages) and
// merge messages, and every placeholder kept.
import { describe, expect, it } from 'vitest';
import { mergeMessages } from '../../src/i18n/merge.js';
import { roomMessages, roomPageMessages } from '../../src/i18n/room.js';

// The same in every language: words shared by the languages.
const SAME = new Set(['n/a', 'Votes', 'Sector', 'Secteur', 'Participants :', 'Vote']);

describe.each([
  ['room', roomMessages],
  ['room pages', roomPageMessages],
  ['merge', mergeMessages],
] as const)('%s catalog', (_name, catalog) => {
  it.each(['fr', 'es'] as const)('%s translates every message', (lang) => {
    const en = catalog.en as Record<string, string>;
    const other = catalog[lang] as Record<string, string>;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter((k) => other[k] === en[k] && !SAME.has(en[k] as string));
    expect(untranslated).toEqual([]);
    for (const [k, text] of Object.entries(en)) {
      // A placeholder is `{name}` or a plural's `{name, plural, …}`: a translation may make a plain count plural.
      const params = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|\s*,)/g)].map((m) => m[1]))].sort();
      expect(params(other[k] as string), `${lang}.${k} keeps the placeholders`).toEqual(params(text));
    }
  });
});
