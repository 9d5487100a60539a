import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/report/dates.js
var MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "f\xE9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\xFBt", "septembre", "octobre", "novembre", "d\xE9cembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
};
var PATTERN = {
  en: /* @__PURE__ */ __name((d, m, y) => `${m} ${d}, ${y}`, "en"),
  fr: /* @__PURE__ */ __name((d, m, y) => `${d} ${m} ${y}`, "fr"),
  es: /* @__PURE__ */ __name((d, m, y) => `${d} de ${m} de ${y}`, "es")
};
function longDate(date, lang) {
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()))
    return date;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const months = MONTHS[lang];
  if (!m || !months || d.getUTCDate() !== Number(m[3])) {
    return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(d);
  }
  return PATTERN[lang](d.getUTCDate(), months[d.getUTCMonth()], d.getUTCFullYear());
}
__name(longDate, "longDate");
function documentDate(model) {
  return model.review?.date || String(model.date);
}
__name(documentDate, "documentDate");

export {
  longDate,
  documentDate
};
