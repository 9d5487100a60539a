export function defineMessages(catalogs) {
    return catalogs;
}
/** translator() with the placeholders of each message checked at compile time. */
export function typedTranslator(catalogs, lang) {
    const t = translator(catalogs, lang);
    return ((key, params) => t(key, params));
}
const rulesCache = new Map();
/** Categories of small whole numbers, per language: Intl's select() is slow beside a lookup, and a report asks thousands of times. */
const categoryCache = new Map();
const CACHED_BELOW = 1000;
/** The CLDR plural category of `n` in `lang` ("one", "other", "many"…). */
export function pluralCategory(lang, n) {
    let rules = rulesCache.get(lang);
    if (!rules)
        rulesCache.set(lang, (rules = new Intl.PluralRules(lang)));
    if (!Number.isInteger(n) || n < 0 || n >= CACHED_BELOW || Object.is(n, -0))
        return rules.select(n);
    let known = categoryCache.get(lang);
    if (!known)
        categoryCache.set(lang, (known = []));
    return (known[n] ??= rules.select(n));
}
/** Picks the plural form for `n`: `forms.other` when the language's category has no form of its own. */
export function plural(lang, n, forms) {
    return (forms[pluralCategory(lang, n)] ?? forms.other).replace(/#/g, String(n));
}
/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '{')
            depth++;
        else if (text[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
/** `one {…} other {…}` → { one: '…', other: '…' }; undefined when it is not that shape. */
function branches(spec) {
    const out = {};
    let i = 0;
    while (i < spec.length) {
        const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(spec.slice(i));
        if (!m)
            return spec.slice(i).trim() === '' && 'other' in out ? out : undefined;
        const open = i + m[0].length - 1;
        const close = closing(spec, open);
        if (close === -1)
            return undefined;
        out[m[1]] = spec.slice(open + 1, close);
        i = close + 1;
    }
    return 'other' in out ? out : undefined;
}
const parsedMessages = new Map();
/** Far above the catalogs' messages: plural branches with their count filled in are parsed too, so the map is bounded. */
const MAX_PARSED = 4000;
function parseMessage(text) {
    const pieces = [];
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('{', i);
        if (open === -1)
            break;
        const close = closing(text, open);
        if (close === -1)
            break;
        if (open > i)
            pieces.push(text.slice(i, open));
        const body = text.slice(open + 1, close);
        const simple = /^(\w+)$/.exec(body);
        const pl = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(body);
        const forms = pl ? branches(pl[2]) : undefined;
        pieces.push({
            raw: text.slice(open, close + 1),
            ...(simple ? { simple: simple[1] } : {}),
            ...(pl && forms ? { plural: { name: pl[1], forms } } : {}),
        });
        i = close + 1;
    }
    if (i < text.length)
        pieces.push(text.slice(i));
    return pieces;
}
/** Fills `{name}` and `{name, plural, …}` from params; anything else in braces is left as written. */
export function formatMessage(text, params, lang) {
    let pieces = parsedMessages.get(text);
    if (!pieces) {
        if (parsedMessages.size >= MAX_PARSED)
            parsedMessages.clear();
        parsedMessages.set(text, (pieces = parseMessage(text)));
    }
    let out = '';
    for (const piece of pieces) {
        if (typeof piece === 'string')
            out += piece;
        else if (piece.simple !== undefined && piece.simple in params)
            out += String(params[piece.simple]);
        else if (piece.plural && piece.plural.name in params) {
            const { name, forms } = piece.plural;
            const value = params[name];
            const n = Number(value);
            const form = forms[`=${n}`] ?? forms[pluralCategory(lang, n)] ?? forms.other;
            out += formatMessage(form.replace(/#/g, String(value)), params, lang);
        }
        else
            out += piece.raw;
    }
    return out;
}
/** `t('saved', { file })` with `{file}` placeholders and plural forms. */
export function translator(catalogs, lang) {
    const table = catalogs[lang];
    return (key, params) => {
        const text = table[key] ?? catalogs.en[key] ?? key;
        return params ? formatMessage(text, params, lang) : text;
    };
}
