import {
  editRefusedMessage,
  writeMessages
} from "./chunk-KJ75UATF.js";
import {
  cliMessages
} from "./chunk-45ZBJLQG.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  EditRefusedError,
  FileAccessError,
  InvalidFileError,
  WriteRefusedError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/error-words.js
var IO_CODES = ["ENOENT", "EACCES", "EPERM", "ENOTDIR", "EISDIR", "EROFS", "ENOSPC", "EEXIST", "EDQUOT", "EFBIG", "ELOOP"];
function userMessage(error, lang) {
  const t = translator(cliMessages, lang);
  if (error instanceof WriteRefusedError)
    return translator(writeMessages, lang)(error.reason, { file: error.file, ...error.detail });
  if (error instanceof EditRefusedError)
    return editRefusedMessage(error, lang);
  if (error instanceof FileAccessError) {
    const key = error.reason === "missing" ? "noSuchFile" : error.reason === "directory" ? "isDirectory" : "cannotRead";
    const detail = IO_CODES.includes(error.detail) ? t(`io_${error.detail}`) : error.detail;
    return t(key, { file: error.file, detail });
  }
  if (error instanceof InvalidFileError)
    return t("invalidFile", { file: error.file, kind: t(`kind_${error.kind}`) });
  return error.message;
}
__name(userMessage, "userMessage");

export {
  IO_CODES,
  userMessage
};
