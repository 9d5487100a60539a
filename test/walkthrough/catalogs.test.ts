// No English left in the French and Spanish interface of these commands.
import { describe, expect, it } from 'vitest';
import { frameworkMessages } from '../../src/i18n/framework.js';
import { initMessages } from '../../src/i18n/init.js';
import { walkthroughMessages } from '../../src/i18n/walkthrough.js';

// The same in every language: symbols, placeholders, words shared by the languages.
const SAME = new Set(['{id} · {title}', '%', 'n/a', 'No', 'Actions', 'Sector:', 'notes', 'Date', 'Source', 'participants', 'Culture 21 LAB · {city} · {date} · {file}', '{min}–{max} {label}', '{file}:{line}: {message}', '{flag}: {problem}', 'Participants ({count})', '({count} n/a)']);

describe.each([
  ['walkthrough', walkthroughMessages],
  ['init', initMessages],
  ['framework', frameworkMessages],
] as const)('%s catalog', (_name, catalog) => {
  it.each(['fr', 'es'] as const)('%s translates every message', (lang) => {
    const en = catalog.en as Record<string, string>;
    const other = catalog[lang] as Record<string, string>;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter((k) => other[k] === en[k] && !SAME.has(en[k] as string));
    expect(untranslated).toEqual([]);
    for (const [k, text] of Object.entries(en)) {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(other[k] as string), `${lang}.${k} keeps the placeholders`).toEqual(params(text));
    }
  });
});
