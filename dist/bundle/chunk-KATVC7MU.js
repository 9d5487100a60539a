import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/report/plural.js
var rules = /* @__PURE__ */ new Map();
function pluralSuffix(lang, count, hasZero = false) {
  if (hasZero && count === 0)
    return "zero";
  let r = rules.get(lang);
  if (!r)
    rules.set(lang, r = new Intl.PluralRules(lang));
  return r.select(count) === "one" ? "one" : "other";
}
__name(pluralSuffix, "pluralSuffix");

export {
  pluralSuffix
};
