// Message catalogs: each area of the tool keeps its own, in en, fr and es.
// The type makes a key missing from French or Spanish a compile error.
import type { Lang } from '../core/types.js';

export type Catalogs<K extends string> = { en: Record<K, string> } & { fr: Record<K, string>; es: Record<K, string> };
export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

export function defineMessages<const E extends Record<string, string>>(
  catalogs: { en: E; fr: Record<keyof E, string>; es: Record<keyof E, string> },
): Catalogs<Extract<keyof E, string>> {
  return catalogs as Catalogs<Extract<keyof E, string>>;
}

/** `t('saved', { file })` with `{file}` placeholders. */
export function translator<K extends string>(catalogs: Catalogs<K>, lang: Lang): Translate<K> {
  const table = catalogs[lang];
  return (key, params) => {
    const text = table[key] ?? catalogs.en[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
}
