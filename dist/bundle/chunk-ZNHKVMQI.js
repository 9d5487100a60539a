import {
  loadKind
} from "./chunk-B5SSD7WI.js";
import {
  isBlankText,
  parseMarkdown
} from "./chunk-AWAFN55Q.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/review.js
import { basename, dirname, join } from "node:path";
var LANG_ORDER = ["en", "fr", "es"];
function chooseText(text, lang, original) {
  if (text === null || text === void 0)
    return null;
  let raw;
  let inLang = original;
  if (typeof text === "string")
    raw = text;
  else if (typeof text === "number")
    raw = String(text);
  else {
    const found = [lang, original, ...LANG_ORDER].find((l) => typeof text[l] === "string" && !isBlankText(text[l]));
    if (found) {
      raw = text[found];
      inLang = found;
    }
  }
  if (raw === void 0 || isBlankText(raw))
    return null;
  return { blocks: parseMarkdown(raw), lang: inLang, foreign: inLang !== lang };
}
__name(chooseText, "chooseText");
function conventionalReviewPath(assessmentFile) {
  return join(dirname(assessmentFile), basename(assessmentFile).replace(/\.ya?ml$/i, "") + ".review.yaml");
}
__name(conventionalReviewPath, "conventionalReviewPath");
async function loadReview(file, ctx) {
  return (await loadKind(file, "review", ctx)).report.data;
}
__name(loadReview, "loadReview");

export {
  chooseText,
  conventionalReviewPath,
  loadReview
};
