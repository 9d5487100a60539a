import { describe, expect, it } from 'vitest';
import { langFromEnv, pick, resolveLang } from '../../src/core/lang.js';

describe('language choice', () => {
  it('prefers --lang, then the file, then the environment, then English', () => {
    expect(resolveLang('es', 'fr', { LANG: 'en_GB.UTF-8' })).toBe('es');
    expect(resolveLang(undefined, 'fr', { LANG: 'es_AR.UTF-8' })).toBe('fr');
    expect(resolveLang(undefined, undefined, { LANG: 'es_AR.UTF-8' })).toBe('es');
    expect(resolveLang(undefined, undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, undefined, {})).toBe('en');
  });
  it('reads LC_ALL before LANG, as POSIX does', () => {
    expect(langFromEnv({ LC_ALL: 'fr_FR.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('fr');
  });
  it('falls back to English text where a language is missing', () => {
    expect(pick({ en: 'Heritage', fr: 'Patrimoine' }, 'es')).toBe('Heritage');
    expect(pick({ en: 'Heritage', fr: 'Patrimoine' }, 'fr')).toBe('Patrimoine');
  });
});
