import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/shared-lang.js
function sharedLang(fileLangs, langFor) {
  const langs = /* @__PURE__ */ new Set();
  for (const fileLang of fileLangs)
    langs.add(langFor(fileLang));
  return langs.size === 1 ? [...langs][0] : langFor(void 0);
}
__name(sharedLang, "sharedLang");

export {
  sharedLang
};
