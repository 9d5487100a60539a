// Language choice and localized text lookup. Pure: the caller passes the env.
import { LANGS, type Lang, type LocalText } from './types.js';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Reads `fr_FR.UTF-8`, `es`, `en-GB` … from LC_ALL / LC_MESSAGES / LANG, as POSIX orders them. */
export function langFromEnv(env: Record<string, string | undefined>): Lang | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const raw = env[name];
    if (!raw) continue;
    const code = raw.slice(0, 2).toLowerCase();
    return isLang(code) ? code : undefined;
  }
  return undefined;
}

/** --lang, else the file's language, else the environment, else English. */
export function resolveLang(
  flag: string | undefined,
  fileLang: string | undefined,
  env: Record<string, string | undefined>,
): Lang {
  if (isLang(flag)) return flag;
  if (isLang(fileLang)) return fileLang;
  return langFromEnv(env) ?? 'en';
}

/** A text that may be one string (any language) or per language: the one for `lang`. */
export function pickAny(text: string | LocalText | undefined, lang: Lang): string {
  return typeof text === 'string' ? text : pick(text, lang);
}

/** The text in `lang`, falling back to English (always present in valid files). */
export function pick(text: LocalText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}
