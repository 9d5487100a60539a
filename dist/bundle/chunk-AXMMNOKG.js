import {
  wordFindings
} from "./chunk-OGQQ4P3X.js";
import "./chunk-JVVFF545.js";
import "./chunk-DDMMEGKX.js";
import "./chunk-7BUI3BKP.js";
import "./chunk-LZ5AH6GU.js";
import {
  refusalCoded
} from "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-VHFQKG57.js";
import "./chunk-VQLYC3U5.js";
import {
  RefusedRead
} from "./chunk-6EDDZTSC.js";
import "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import {
  FindingsError,
  InvalidFileError
} from "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/refusal-words.js
function wordRefusal(error, lang) {
  const [finding] = wordFindings([refusalCoded(error.file, error.refusal, error.cwd)], lang);
  return error.kind ? new InvalidFileError(error.file, error.kind, [finding], error.hint) : new FindingsError(`${error.file}: ${finding.message}`, [finding], error.hint);
}
__name(wordRefusal, "wordRefusal");
function wordInvalidFile(error, langFor) {
  if (!error.coded)
    return error;
  const lang = langFor(error.language);
  const worded = new InvalidFileError(error.file, error.kind, wordFindings(error.coded, lang), error.hint);
  worded.wordedIn = lang;
  return worded;
}
__name(wordInvalidFile, "wordInvalidFile");
function wordCoreError(error, lang, langFor) {
  if (error instanceof InvalidFileError)
    return wordInvalidFile(error, langFor);
  if (error instanceof RefusedRead)
    return wordRefusal(error, lang);
  return error;
}
__name(wordCoreError, "wordCoreError");
export {
  wordCoreError,
  wordInvalidFile,
  wordRefusal
};
