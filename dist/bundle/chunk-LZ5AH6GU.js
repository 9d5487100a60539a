import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/define.js
function defineMessages(catalogs) {
  return catalogs;
}
__name(defineMessages, "defineMessages");
function typedTranslator(catalogs, lang) {
  const t = translator(catalogs, lang);
  return ((key, params) => t(key, params));
}
__name(typedTranslator, "typedTranslator");
var rulesCache = /* @__PURE__ */ new Map();
var categoryCache = /* @__PURE__ */ new Map();
var CACHED_BELOW = 1e3;
function pluralCategory(lang, n) {
  let rules = rulesCache.get(lang);
  if (!rules)
    rulesCache.set(lang, rules = new Intl.PluralRules(lang));
  if (!Number.isInteger(n) || n < 0 || n >= CACHED_BELOW || Object.is(n, -0))
    return rules.select(n);
  let known = categoryCache.get(lang);
  if (!known)
    categoryCache.set(lang, known = []);
  return known[n] ??= rules.select(n);
}
__name(pluralCategory, "pluralCategory");
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{")
      depth++;
    else if (text[i] === "}" && --depth === 0)
      return i;
  }
  return -1;
}
__name(closing, "closing");
function branches(spec) {
  const out = {};
  let i = 0;
  while (i < spec.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(spec.slice(i));
    if (!m)
      return spec.slice(i).trim() === "" && "other" in out ? out : void 0;
    const open = i + m[0].length - 1;
    const close = closing(spec, open);
    if (close === -1)
      return void 0;
    out[m[1]] = spec.slice(open + 1, close);
    i = close + 1;
  }
  return "other" in out ? out : void 0;
}
__name(branches, "branches");
var parsedMessages = /* @__PURE__ */ new Map();
var MAX_PARSED = 4e3;
function parseMessage(text) {
  const pieces = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
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
    const forms = pl ? branches(pl[2]) : void 0;
    pieces.push({
      raw: text.slice(open, close + 1),
      ...simple ? { simple: simple[1] } : {},
      ...pl && forms ? { plural: { name: pl[1], forms } } : {}
    });
    i = close + 1;
  }
  if (i < text.length)
    pieces.push(text.slice(i));
  return pieces;
}
__name(parseMessage, "parseMessage");
function formatMessage(text, params, lang) {
  let pieces = parsedMessages.get(text);
  if (!pieces) {
    if (parsedMessages.size >= MAX_PARSED)
      parsedMessages.clear();
    parsedMessages.set(text, pieces = parseMessage(text));
  }
  let out = "";
  for (const piece of pieces) {
    if (typeof piece === "string")
      out += piece;
    else if (piece.simple !== void 0 && piece.simple in params)
      out += String(params[piece.simple]);
    else if (piece.plural && piece.plural.name in params) {
      const { name, forms } = piece.plural;
      const value = params[name];
      const n = Number(value);
      const form = forms[`=${n}`] ?? forms[pluralCategory(lang, n)] ?? forms.other;
      out += formatMessage(form.replace(/#/g, String(value)), params, lang);
    } else
      out += piece.raw;
  }
  return out;
}
__name(formatMessage, "formatMessage");
function translator(catalogs, lang) {
  const table = catalogs[lang];
  return (key, params) => {
    const text = table[key] ?? catalogs.en[key] ?? key;
    return params ? formatMessage(text, params, lang) : text;
  };
}
__name(translator, "translator");

export {
  defineMessages,
  typedTranslator,
  translator
};
