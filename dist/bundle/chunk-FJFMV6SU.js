import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/escape/markdown.js
var LINE_BREAKS = /\s*\n\s*/g;
function markdownCell(value) {
  return String(value ?? "").replace(LINE_BREAKS, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|#~!{}])/g, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2").replace(/^([-+=])/, "\\$1");
}
__name(markdownCell, "markdownCell");
function markdownParagraph(value) {
  return String(value ?? "").replace(/[&<>]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&").split("\n").map((line) => line.trimStart().replace(/^(\d+)([.)])/, "$1\\$2").replace(/^([-+=#])/, "\\$1")).join("\n");
}
__name(markdownParagraph, "markdownParagraph");
function markdownLine(value) {
  return markdownParagraph(String(value ?? "").replace(LINE_BREAKS, " "));
}
__name(markdownLine, "markdownLine");
function markdownLinkTarget(value) {
  return String(value ?? "").replace(/[\s()<>"'\\]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}
__name(markdownLinkTarget, "markdownLinkTarget");
function markdownAutolink(value) {
  return String(value ?? "").replace(/[<>\s"'\\]/g, (c) => encodeURIComponent(c));
}
__name(markdownAutolink, "markdownAutolink");
function markdownPrintCell(value) {
  return String(value ?? "").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[<>*_`[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
__name(markdownPrintCell, "markdownPrintCell");
function markdownInLang(md, lang) {
  return typeof lang === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) && md !== "" ? `<span lang="${lang}">${md}</span>` : md;
}
__name(markdownInLang, "markdownInLang");

export {
  markdownCell,
  markdownParagraph,
  markdownLine,
  markdownLinkTarget,
  markdownAutolink,
  markdownPrintCell,
  markdownInLang
};
