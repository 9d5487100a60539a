import {
  cliMessages
} from "./chunk-PY6V7XFM.js";
import {
  writeMessages
} from "./chunk-VMXQL6XY.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  FileAccessError,
  InvalidFileError,
  WriteRefusedError
} from "./chunk-6LKABYWT.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/error-words.js
function userMessage(error, lang) {
  const t = translator(cliMessages, lang);
  if (error instanceof WriteRefusedError)
    return translator(writeMessages, lang)(error.reason, { file: error.file, ...error.detail });
  if (error instanceof FileAccessError) {
    const key = error.reason === "missing" ? "noSuchFile" : error.reason === "directory" ? "isDirectory" : "cannotRead";
    return t(key, { file: error.file, detail: error.detail });
  }
  if (error instanceof InvalidFileError)
    return t("invalidFile", { file: error.file, kind: t(`kind_${error.kind}`) });
  return error.message;
}
__name(userMessage, "userMessage");

export {
  userMessage
};
