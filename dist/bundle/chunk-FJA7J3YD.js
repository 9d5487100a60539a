import {
  validateMessages
} from "./chunk-F2OHDRQX.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  refusalFinding
} from "./chunk-W5PFSC24.js";
import {
  FindingsError,
  InvalidFileError
} from "./chunk-EV44LTU6.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/refusal-words.js
function wordRefusal(error, lang) {
  const finding = refusalFinding(error.file, error.refusal, translator(validateMessages, lang), error.cwd);
  return error.kind ? new InvalidFileError(error.file, error.kind, [finding], error.hint) : new FindingsError(`${error.file}: ${finding.message}`, [finding], error.hint);
}
__name(wordRefusal, "wordRefusal");

export {
  wordRefusal
};
