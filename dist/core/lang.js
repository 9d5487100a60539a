// Language choice and localized text lookup. Pure: the caller passes the env.
import { LANGS } from './types.js';
export function isLang(value) {
    return typeof value === 'string' && LANGS.includes(value);
}
/** Reads `fr_FR.UTF-8`, `es`, `en-GB` … from LC_ALL / LC_MESSAGES / LANG, as POSIX orders them. */
export function langFromEnv(env) {
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
        const raw = env[name];
        if (!raw)
            continue;
        const code = raw.slice(0, 2).toLowerCase();
        return isLang(code) ? code : undefined;
    }
    return undefined;
}
/** --lang, else the file's language, else the environment, else English. */
export function resolveLang(flag, fileLang, env) {
    if (isLang(flag))
        return flag;
    if (isLang(fileLang))
        return fileLang;
    return langFromEnv(env) ?? 'en';
}
/** A text that may be one string (any language) or per language: the one for `lang`. */
export function pickAny(text, lang) {
    return typeof text === 'string' ? text : pick(text, lang);
}
/** The text in `lang`, falling back to English (always present in valid files). */
export function pick(text, lang) {
    if (!text)
        return '';
    return text[lang] ?? text.en;
}
