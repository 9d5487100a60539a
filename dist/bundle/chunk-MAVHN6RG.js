import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/number.js
function localNumber(value, lang) {
  const text = String(value);
  return lang === "en" ? text : text.replace(".", ",");
}
__name(localNumber, "localNumber");
function formatPercent(value, decimals, lang = "en") {
  return value === null || value === void 0 ? "\u2014" : localNumber(value.toFixed(decimals), lang);
}
__name(formatPercent, "formatPercent");
function formatChange(value, decimals, lang = "en") {
  if (value === null || value === void 0)
    return "\u2014";
  const digits = localNumber(Math.abs(value).toFixed(decimals), lang);
  if (Number(Math.abs(value).toFixed(decimals)) === 0)
    return `\xB1${digits}`;
  return value > 0 ? `+${digits}` : `\u2212${digits}`;
}
__name(formatChange, "formatChange");

export {
  localNumber,
  formatPercent,
  formatChange
};
