import {
  phraseWords,
  wordFinding
} from "./chunk-OGQQ4P3X.js";
import "./chunk-JVVFF545.js";
import {
  validateMessages
} from "./chunk-DDMMEGKX.js";
import {
  sharedLang
} from "./chunk-MZOZJXKR.js";
import "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/validate/words.js
function fileLang(f, langFor) {
  return langFor(f.language);
}
__name(fileLang, "fileLang");
function wordFile(f, langFor) {
  if (f.findings.length === 0)
    return [];
  const words = phraseWords(fileLang(f, langFor));
  return f.findings.map((x) => wordFinding(x, words));
}
__name(wordFile, "wordFile");
function summaryLine(files, counts, langFor) {
  return translator(validateMessages, sharedLang(files.map((f) => f.language), langFor))("result", counts);
}
__name(summaryLine, "summaryLine");
export {
  fileLang,
  summaryLine,
  wordFile
};
