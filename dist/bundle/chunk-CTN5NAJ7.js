import {
  checkBytes
} from "./chunk-YSR5SL6V.js";
import {
  EditRefusedError,
  InvalidEditError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/edit/validated.js
function assertEditValid(file, shown, text, ctx) {
  const report = checkBytes(file, Buffer.from(text, "utf8"), ctx, { fast: true, errorsOnly: true });
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length === 0)
    return;
  const coded = errors.map((f) => f.file === file ? { ...f, file: shown } : f);
  throw new InvalidEditError(shown, { coded, ...report.language !== void 0 ? { language: report.language } : {} });
}
__name(assertEditValid, "assertEditValid");
function validatedEdit(edit, file, shown, ctx) {
  return (text) => {
    let next;
    try {
      next = edit(text);
    } catch (error) {
      if (error instanceof EditRefusedError && !error.file)
        throw error.in(shown);
      throw error;
    }
    if (next !== text)
      assertEditValid(file, shown, next, ctx);
    return next;
  };
}
__name(validatedEdit, "validatedEdit");

export {
  assertEditValid,
  validatedEdit
};
