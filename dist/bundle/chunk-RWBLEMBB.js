import {
  locate
} from "./chunk-VHFQKG57.js";
import {
  FindingsError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/mismatch.js
function frameworkMismatch(file, message) {
  const at = locate(file.source, ["framework"]);
  return new FindingsError(message, [
    { file: file.file, line: at.line, column: at.column, severity: "error", rule: "framework-mismatch", message, path: "/framework" }
  ]);
}
__name(frameworkMismatch, "frameworkMismatch");

export {
  frameworkMismatch
};
