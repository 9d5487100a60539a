import {
  reviewMessages
} from "./chunk-JVVFF545.js";
import {
  validateMessages
} from "./chunk-DDMMEGKX.js";
import {
  valuesMessages
} from "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/i18n/validate-words.js
var cache = /* @__PURE__ */ new Map();
function phraseWords(lang) {
  let words = cache.get(lang);
  if (!words)
    cache.set(lang, words = makeWords(lang));
  return words;
}
__name(phraseWords, "phraseWords");
function makeWords(lang) {
  const t = translator(validateMessages, lang);
  const review = translator(reviewMessages, lang);
  const values = translator(valuesMessages, lang);
  let months;
  const params = /* @__PURE__ */ __name((ps) => {
    if (!ps)
      return void 0;
    const out = {};
    for (const [k, v] of Object.entries(ps))
      out[k] = typeof v === "object" ? word(v) : v;
    return out;
  }, "params");
  const word = /* @__PURE__ */ __name((p) => {
    if (typeof p !== "object")
      return String(p);
    if ("key" in p)
      return t(p.key, params(p.params));
    if ("review" in p)
      return review(p.review, params(p.params));
    if ("values" in p)
      return values(p.values, params(p.params));
    if ("month" in p)
      return (months ??= new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" })).format(new Date(Date.UTC(2e3, p.month - 1, 1)));
    return p.seq.map(word).join("");
  }, "word");
  return word;
}
__name(makeWords, "makeWords");
function wordFinding(f, words) {
  const out = {};
  for (const [k, v] of Object.entries(f)) {
    if (k === "phrase")
      out.message = words(v);
    else
      out[k] = v;
  }
  return out;
}
__name(wordFinding, "wordFinding");
function wordFindings(findings, lang) {
  const words = phraseWords(lang);
  return findings.map((f) => wordFinding(f, words));
}
__name(wordFindings, "wordFindings");
function findingWords(langFor) {
  return (findings, fileLang) => wordFindings(findings, langFor(fileLang));
}
__name(findingWords, "findingWords");

export {
  phraseWords,
  wordFinding,
  wordFindings,
  findingWords
};
