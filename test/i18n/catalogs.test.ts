// Every message catalog of the tool (each `{ en, fr, es }` table exported from
// src/i18n/*.ts, found by reading the folder, so a catalog added later is
// checked too): the same keys in every language, no English left in French
// or Spanish, the same placeholders, plural forms that resolve, and French
// typography (the apostrophe ’ throughout, never a mix of ' and ’).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/define.js';
import { ROOT } from '../helpers/cli.js';
import { ENGLISH, prose } from '../helpers/english.js';

type Table = Record<string, string>;
type Catalog = { en: Table; fr: Table; es: Table };

const DIR = join(ROOT, 'src', 'i18n');

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

async function catalogs(): Promise<Array<[string, Catalog]>> {
  const found: Array<[string, Catalog]> = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const mod = (await import(pathToFileURL(join(DIR, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const c = value as Partial<Catalog>;
      if (isTable(c?.en) && isTable(c?.fr) && isTable(c?.es)) found.push([`${file}:${name}`, c as Catalog]);
    }
  }
  return found;
}

const ALL = await catalogs();

// Texts that are the same in every language: symbols, codes, names, and
// words French or Spanish share with English.
const SAME = new Set([
  '{id} · {title}', '%', 'n/a', 'No', 'Actions', 'Sector:', 'notes', 'Date', 'Source', 'participants', 'Participants ({count})',
  '({count} n/a)', '{count} n/a', 'Culture 21 LAB · {city} · {date} · {file}', '{min}–{max} {label}', '{file}:{line}: {message}',
  'Culture 21 LAB', 'Culture 21 Actions', 'Total', 'Minimum', 'Maximum', 'Max', 'Min', 'Benchmark', 'Commitment', 'Version', 'Votes', 'Notes',
  'Description', 'Culture', 'Participants', 'Global', 'Local', 'Sources', 'Image', 'Radar', 'Question', 'Type', 'Science', 'Education',
  'Commit', 'Impact', 'Contacts', 'Organisation', '{na} n/a', 'Culture 21 LAB — {city}', 'Participation', 'Action', 'Vote', 'Sector', '{value} points', 'Introduction', 'Radar: {series}',
]);

/** A text with no letters once placeholders are gone ("{path}: {reason}", "; ") is the same in every language. */
const wordless = (text: string) => !/\p{L}/u.test(text.replace(/\{[^{}]*\}/g, ''));

// Placeholders that differ on purpose, with the reason.
const OWN_PLACEHOLDERS: Record<string, string> = {
  // The YAML library's own message is English: French and Spanish name its code instead.
  'validate.ts:validateMessages.yamlOther': 'the English shows the parser message',
};

/** "file(s)", "décimale(s)", "resuelto(s)", "decimal(es)": a plural written for the reader to work out. */
const PAREN_PLURAL = /\p{L}\((?:s|es|x|e|e?s)\)/u;

/** Placeholder names, plain or plural, at any depth. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\s*,)/g)].map((m) => m[1] as string))].sort();
}

describe('message catalogs', () => {
  it('finds the catalogs', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(ALL)('%s', (name, catalog) => {
    it.each(['fr', 'es'] as const)('%s has every key and no other', (lang) => {
      expect(Object.keys(catalog[lang]).sort()).toEqual(Object.keys(catalog.en).sort());
    });

    it.each(['fr', 'es'] as const)('%s leaves no message in English', (lang) => {
      const same = Object.keys(catalog.en).filter((k) => catalog[lang][k] === catalog.en[k] && !SAME.has(catalog.en[k] as string) && !wordless(catalog.en[k] as string));
      expect(same, 'identical to the English').toEqual([]);
      const english = Object.entries(catalog[lang])
        .map(([k, text]) => [k, prose(text).match(ENGLISH)?.[0]] as const)
        .filter(([, word]) => word !== undefined)
        .map(([k, word]) => `${k}: "${word}"`);
      expect(english, 'English words').toEqual([]);
    });

    it.each(['fr', 'es'] as const)('%s keeps the placeholders of the English', (lang) => {
      for (const [k, text] of Object.entries(catalog.en)) {
        if (OWN_PLACEHOLDERS[`${name}.${k}`]) continue;
        expect(placeholders(catalog[lang][k] ?? ''), `${lang}.${k}`).toEqual(placeholders(text));
      }
    });

    it('counts through one plural message, never key_one/key_other pairs chosen in code', () => {
      expect(Object.keys(catalog.en).filter((k) => /_(zero|one|two|few|many|other)$/.test(k))).toEqual([]);
    });

    it('fr writes the typographic apostrophe, as in « » and its other marks (l’évaluation, not l\'évaluation)', () => {
      const straight = Object.entries(catalog.fr).filter(([, text]) => /\p{L}'\p{L}/u.test(text)).map(([k, text]) => `${k}: ${text}`);
      expect(straight).toEqual([]);
    });

    it.each(['en', 'fr', 'es'] as const)('%s writes no "(s)" plural: counts go through Intl.PluralRules', (lang) => {
      const parenthesised = Object.entries(catalog[lang]).filter(([, text]) => PAREN_PLURAL.test(text)).map(([k, text]) => `${k}: ${text}`);
      expect(parenthesised).toEqual([]);
    });

    it.each(['en', 'fr', 'es'] as const)('%s plural forms resolve for 0, 1, 2 and 5', (lang) => {
      for (const [k, text] of Object.entries(catalog[lang])) {
        if (!/\{\w+\s*,\s*plural\s*,/.test(text)) continue;
        for (const n of [0, 1, 2, 5]) {
          const params = Object.fromEntries(placeholders(text).map((p) => [p, n]));
          const out = formatMessage(text, params, lang);
          expect(out, `${lang}.${k} with ${n}`).not.toMatch(/\{\w+\s*,\s*plural|#/);
        }
      }
    });
  });
});

describe('plural forms', () => {
  const text = '{n, plural, one {# file checked} other {# files checked}}, {e, plural, =0 {no errors} one {# error} other {# errors}}';
  it('follow each language', () => {
    expect(formatMessage(text, { n: 1, e: 0 }, 'en')).toBe('1 file checked, no errors');
    expect(formatMessage(text, { n: 0, e: 2 }, 'en')).toBe('0 files checked, 2 errors');
    expect(formatMessage('{n, plural, one {# fichier} other {# fichiers}}', { n: 0 }, 'fr')).toBe('0 fichier');
    expect(formatMessage('{n, plural, one {# archivo} other {# archivos}}', { n: 0 }, 'es')).toBe('0 archivos');
    expect(formatMessage('{n, plural, one {# fichier} other {# fichiers}}', { n: 1.5 }, 'fr')).toBe('1.5 fichier');
  });
  it('leave braces that are not placeholders as written', () => {
    expect(formatMessage('{ score: 5 } {missing} {x}', { x: 'y' }, 'en')).toBe('{ score: 5 } {missing} y');
  });
});

describe('templates', () => {
  it('write no "(s)" plural', () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(njk|html|js|md)$/.test(entry.name)) {
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
            if (PAREN_PLURAL.test(line.replace(/https?\(s\)|http\(s\)/g, ''))) found.push(`${path}:${i + 1}`);
          });
        }
      }
    };
    walk(join(ROOT, 'templates'));
    expect(found).toEqual([]);
  });
  it('the pattern catches what it is for', () => {
    for (const bad of ['1 décimale(s)', '2 decimal(es)', 'conflit(s) tranché(s)', 'file(s)']) expect(bad).toMatch(PAREN_PLURAL);
    for (const good of ['(s)', 'http(s) links', 'votes (5)']) expect(good.replace(/http\(s\)/g, '')).not.toMatch(PAREN_PLURAL);
  });
});
