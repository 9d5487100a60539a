// Message catalogs: each area of the tool keeps its own, in en, fr and es.
// The type makes a key missing from French or Spanish a compile error.
//
// Placeholders are `{name}`. A count that changes the wording is written the
// ICU way, `{count, plural, one {# file} other {# files}}`, and the branch is
// chosen by Intl.PluralRules for the language (French says "0 fichier", Spanish
// "0 archivos"); `=0`-style exact branches win over categories. Only this
// subset of ICU MessageFormat is needed, so it is parsed here rather than
// pulling in a message-format library on every start.
import type { Lang } from '../core/types.js';

export type Catalogs<K extends string> = { en: Record<K, string> } & { fr: Record<K, string>; es: Record<K, string> };
export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** A catalog whose English strings keep their literal types, so their placeholders can be read by the type checker. */
export type TypedCatalogs<E extends Record<string, string>> = Catalogs<Extract<keyof E, string>> & { en: E };

export function defineMessages<const E extends Record<string, string>>(
  catalogs: { en: E; fr: Record<keyof E, string>; es: Record<keyof E, string> },
): TypedCatalogs<E> {
  return catalogs as TypedCatalogs<E>;
}

type Trim<S extends string> = S extends ` ${infer T}` ? Trim<T> : S extends `${infer T} ` ? Trim<T> : S;
/** A placeholder name, or never for what is not one (a plural branch such as "# files"). */
type NameOf<Body extends string> = Trim<Body extends `${infer N},${string}` ? N : Body> extends infer N extends string
  ? N extends '' | `${string}${' ' | '#' | '=' | '{'}${string}` ? never : N
  : never;

/** The placeholder names of a message: "{file}: {count, plural, one {# change} other {# changes}}" → "file" | "count". */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Body}}${infer Rest}` ? NameOf<Body> | PlaceholderNames<Rest> : never;

/** Like Translate, but a message's placeholders, read from its English text, must all be given. */
export type TypedTranslate<E extends Record<string, string>> = <K extends Extract<keyof E, string>>(
  key: K,
  ...params: [PlaceholderNames<E[K]>] extends [never] ? [params?: Params] : [params: Record<PlaceholderNames<E[K]>, string | number> & Params]
) => string;

/** translator() with the placeholders of each message checked at compile time. */
export function typedTranslator<E extends Record<string, string>>(catalogs: TypedCatalogs<E>, lang: Lang): TypedTranslate<E> {
  const t = translator(catalogs, lang);
  return ((key: Extract<keyof E, string>, params?: Params) => t(key, params)) as TypedTranslate<E>;
}

const rulesCache = new Map<Lang, Intl.PluralRules>();
/** Categories of small whole numbers, per language: Intl's select() is slow beside a lookup, and a report asks thousands of times. */
const categoryCache = new Map<Lang, Intl.LDMLPluralRule[]>();
const CACHED_BELOW = 1000;

/** The CLDR plural category of `n` in `lang` ("one", "other", "many"…). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = rulesCache.get(lang);
  if (!rules) rulesCache.set(lang, (rules = new Intl.PluralRules(lang)));
  if (!Number.isInteger(n) || n < 0 || n >= CACHED_BELOW || Object.is(n, -0)) return rules.select(n);
  let known = categoryCache.get(lang);
  if (!known) categoryCache.set(lang, (known = []));
  return (known[n] ??= rules.select(n));
}

/** Picks the plural form for `n`: `forms.other` when the language's category has no form of its own. */
export function plural(lang: Lang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return (forms[pluralCategory(lang, n)] ?? forms.other).replace(/#/g, String(n));
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` → { one: '…', other: '…' }; undefined when it is not that shape. */
function branches(spec: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < spec.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(spec.slice(i));
    if (!m) return spec.slice(i).trim() === '' && 'other' in out ? out : undefined;
    const open = i + m[0].length - 1;
    const close = closing(spec, open);
    if (close === -1) return undefined;
    out[m[1] as string] = spec.slice(open + 1, close);
    i = close + 1;
  }
  return 'other' in out ? out : undefined;
}

/** A message cut at its placeholders: text, then `{…}` pieces with what they would fill (read once per message text). */
type Piece = string | { raw: string; simple?: string; plural?: { name: string; forms: Record<string, string> } };

const parsedMessages = new Map<string, Piece[]>();
/** Far above the catalogs' messages: plural branches with their count filled in are parsed too, so the map is bounded. */
const MAX_PARSED = 4000;

function parseMessage(text: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    const close = closing(text, open);
    if (close === -1) break;
    if (open > i) pieces.push(text.slice(i, open));
    const body = text.slice(open + 1, close);
    const simple = /^(\w+)$/.exec(body);
    const pl = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(body);
    const forms = pl ? branches(pl[2] as string) : undefined;
    pieces.push({
      raw: text.slice(open, close + 1),
      ...(simple ? { simple: simple[1] as string } : {}),
      ...(pl && forms ? { plural: { name: pl[1] as string, forms } } : {}),
    });
    i = close + 1;
  }
  if (i < text.length) pieces.push(text.slice(i));
  return pieces;
}

/** Fills `{name}` and `{name, plural, …}` from params; anything else in braces is left as written. */
export function formatMessage(text: string, params: Params, lang: Lang): string {
  let pieces = parsedMessages.get(text);
  if (!pieces) {
    if (parsedMessages.size >= MAX_PARSED) parsedMessages.clear();
    parsedMessages.set(text, (pieces = parseMessage(text)));
  }
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') out += piece;
    else if (piece.simple !== undefined && piece.simple in params) out += String(params[piece.simple]);
    else if (piece.plural && piece.plural.name in params) {
      const { name, forms } = piece.plural;
      const value = params[name];
      const n = Number(value);
      const form = forms[`=${n}`] ?? forms[pluralCategory(lang, n)] ?? (forms.other as string);
      out += formatMessage(form.replace(/#/g, String(value)), params, lang);
    } else out += piece.raw;
  }
  return out;
}

/** `t('saved', { file })` with `{file}` placeholders and plural forms. */
export function translator<K extends string>(catalogs: Catalogs<K>, lang: Lang): Translate<K> {
  const table = catalogs[lang];
  return (key, params) => {
    const text = table[key] ?? catalogs.en[key] ?? key;
    return params ? formatMessage(text, params, lang) : text;
  };
}
