import {
  phrase
} from "./chunk-VQLYC3U5.js";
import {
  parseTypedDate
} from "./chunk-32634MZU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/validate/rules/date.js
function dateProblem(text) {
  const d = parseTypedDate(text);
  if (d.ok)
    return void 0;
  switch (d.reason) {
    case "format":
      return { key: "dateFormat", params: {} };
    case "yearZero":
      return { key: "dateYearZero", params: {} };
    case "badMonth":
      return { key: "dateBadMonth", params: { month: d.month } };
    case "notReal":
      return { key: "dateNotReal", params: { month: d.month, year: d.year, days: d.days } };
  }
}
__name(dateProblem, "dateProblem");
function datePhrase(text) {
  const problem = dateProblem(text);
  if (!problem)
    return void 0;
  const monthName = problem.key === "dateNotReal" ? { month: Number(problem.params.month) } : "";
  return phrase(problem.key, { ...problem.params, monthName, found: JSON.stringify(text) });
}
__name(datePhrase, "datePhrase");

export {
  dateProblem,
  datePhrase
};
