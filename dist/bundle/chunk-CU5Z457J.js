import {
  checkText
} from "./chunk-YSR5SL6V.js";
import {
  InvalidFileError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/recheck.js
function assertStillValid(file, shown, text, ctx) {
  const report = checkText(file, text, ctx);
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length === 0)
    return;
  const relabel = /* @__PURE__ */ __name((s) => s.split(file).join(shown), "relabel");
  const coded = errors.map((f) => ({ ...f, file: relabel(f.file) }));
  throw new InvalidFileError(shown, "assessment", { coded, ...report.language !== void 0 ? { language: report.language } : {} });
}
__name(assertStillValid, "assertStillValid");
function guardedEdit(edit, known, check) {
  return (text) => {
    if (text !== known())
      check(text);
    return edit(text);
  };
}
__name(guardedEdit, "guardedEdit");

export {
  assertStillValid,
  guardedEdit
};
