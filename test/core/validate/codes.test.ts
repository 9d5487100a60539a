// The core returns findings as codes and never words them (issue 9): the
// same coded findings whatever language the caller will word them in, and
// no catalog text in them; the worded functions (worded.ts) give the same
// words as wording the codes by hand.
import { describe, expect, it } from 'vitest';
import { checkText, createContext, validateText } from '../../../src/core/validate/index.js';
import { findingWords, wordFindings } from '../../../src/i18n/validate-words.js';
import { resolveLang } from '../../../src/core/lang.js';

const FILE = [
  'c21lab: assessment/1',
  'framework: culture21-actions',
  'city: Testville',
  'date: 2026-02-30',
  'language: fr',
  'citty: typo',
  'commitments:',
  '  "1": { score: 10 }',
  '  "33": { score: 5 }',
  '',
].join('\n');

describe('core findings as codes', () => {
  it('carry a message key and params, no words, the same whatever the language asked for', () => {
    const en = checkText('a.yaml', FILE, createContext('/tmp', { lang: 'en' }));
    const es = checkText('a.yaml', FILE, createContext('/tmp', { lang: 'es' }));
    expect(en.findings).toEqual(es.findings);
    expect(en.language).toBe('fr');
    const rules = en.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['invalid-date', 'unknown-key', 'score-out-of-scale', 'unknown-commitment', 'not-scored']));
    for (const f of en.findings) {
      expect(f).not.toHaveProperty('message');
      expect(f.phrase).toBeTypeOf('object');
    }
    // The month's name is data too (worded from the runtime's locale data when shown).
    const date = en.findings.find((f) => f.rule === 'invalid-date')!;
    expect(JSON.stringify(date.phrase)).toContain('"month":2');
  });

  it('word in the language given, month names and hints included', () => {
    const coded = checkText('a.yaml', FILE, createContext('/tmp')).findings;
    const fr = wordFindings(coded, 'fr');
    const es = wordFindings(coded, 'es');
    expect(fr.find((f) => f.rule === 'invalid-date')!.message).toContain('février');
    expect(es.find((f) => f.rule === 'invalid-date')!.message).toContain('febrero');
    expect(fr.find((f) => f.rule === 'unknown-key')!.message).toContain('« city »'); // the did-you-mean, in French
    expect(fr.find((f) => f.rule === 'not-scored')!.message).toMatch(/n’est pas encore noté/);
  });

  it('validateText (the worded path of the loaders) words them by the words its caller put in the context', () => {
    // The CLI's rule, given from above the core: --lang (none here), else the file's language (fr), else the environment.
    const ctx = createContext('/tmp', { word: findingWords((fileLang) => resolveLang(undefined, fileLang, { LANG: 'en_GB.UTF-8' })) });
    const worded = validateText('a.yaml', FILE, ctx);
    expect(worded.findings).toEqual(wordFindings(checkText('a.yaml', FILE, ctx).findings, 'fr'));
    const forced = validateText('a.yaml', FILE, createContext('/tmp', { word: findingWords(() => 'es') }));
    expect(forced.findings.find((f) => f.rule === 'not-scored')!.message).toContain('aún no está puntuado');
  });

  it('without words from its caller the core words nothing: a message is the phrase as codes, in no language', () => {
    const bare = validateText('a.yaml', FILE, createContext('/tmp', { lang: 'es', env: { LANG: 'fr_FR.UTF-8' } }));
    const notScored = bare.findings.find((f) => f.rule === 'not-scored')!;
    expect(notScored.message).toMatch(/^notScored\w*\(id=/);
    expect(notScored.message).not.toContain('aún');
    // The same keys in the same order as a worded finding, `message` where `phrase` was.
    expect(Object.keys(notScored)).toEqual(Object.keys(wordFindings(checkText('a.yaml', FILE, createContext('/tmp')).findings, 'en').find((f) => f.rule === 'not-scored')!));
  });
});
