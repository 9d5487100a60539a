import {
  parseTypedDate
} from "./chunk-32634MZU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/walkthrough/init-values.js
function isCountry(value) {
  return /^[A-Z]{2}$/.test(value);
}
__name(isCountry, "isCountry");
function isDate(value) {
  return parseTypedDate(value).ok;
}
__name(isDate, "isDate");
function today(now) {
  const p = /* @__PURE__ */ __name((n) => String(n).padStart(2, "0"), "p");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
__name(today, "today");
function assessmentText(modeline, comment, v, stringify) {
  const lines = [modeline, comment, "", "c21lab: assessment/1", `framework: ${stringify(v.framework)}`, `city: ${stringify(v.city)}`];
  if (v.country)
    lines.push(`country: ${v.country}`);
  lines.push(`date: ${v.date}`, `language: ${v.language}`);
  if (v.facilitators.length) {
    lines.push("", "facilitators:", ...v.facilitators.map((f) => `  - ${stringify(f)}`));
  }
  if (v.votes)
    lines.push("", "settings:", "  votes: true");
  lines.push("", "participants: []", "", "commitments: {}", "");
  return lines.join("\n");
}
__name(assessmentText, "assessmentText");
export {
  assessmentText,
  isCountry,
  isDate,
  today
};
