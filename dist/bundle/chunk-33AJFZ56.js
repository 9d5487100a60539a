import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/types.js
var LANGS = ["en", "fr", "es"];
var SECTORS = ["local-government", "civil-society", "private", "academia", "other"];

// dist/core/lang.js
function isLang(value) {
  return typeof value === "string" && LANGS.includes(value);
}
__name(isLang, "isLang");
function langFromEnv(env) {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const raw = env[name];
    if (!raw)
      continue;
    const code = raw.slice(0, 2).toLowerCase();
    return isLang(code) ? code : void 0;
  }
  return void 0;
}
__name(langFromEnv, "langFromEnv");
function resolveLang(flag, fileLang, env) {
  if (isLang(flag))
    return flag;
  if (isLang(fileLang))
    return fileLang;
  return langFromEnv(env) ?? "en";
}
__name(resolveLang, "resolveLang");
function pickAny(text, lang) {
  return typeof text === "string" ? text : pick(text, lang);
}
__name(pickAny, "pickAny");
function pick(text, lang) {
  if (!text)
    return "";
  return text[lang] ?? text.en;
}
__name(pick, "pick");

export {
  LANGS,
  SECTORS,
  isLang,
  langFromEnv,
  resolveLang,
  pickAny,
  pick
};
