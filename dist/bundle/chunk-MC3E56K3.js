import {
  validateText
} from "./chunk-W5PFSC24.js";
import {
  InvalidFileError
} from "./chunk-EV44LTU6.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/recheck.js
function assertStillValid(file, shown, text, ctx) {
  const report = validateText(file, text, ctx);
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length === 0)
    return;
  const relabel = /* @__PURE__ */ __name((s) => s.split(file).join(shown), "relabel");
  throw new InvalidFileError(shown, "assessment", errors.map((f) => ({ ...f, file: relabel(f.file) })));
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
