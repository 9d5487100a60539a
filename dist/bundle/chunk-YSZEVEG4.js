import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/escape/terminal.js
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function shown(c) {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
__name(shown, "shown");
function visible(text) {
  return String(text ?? "").replace(UNSAFE, shown);
}
__name(visible, "visible");
function visibleFile(path) {
  const text = visible(path);
  const drive = /^[A-Za-z]:[\\/]/.test(text) ? text.slice(0, 2) : "";
  const rest = text.slice(drive.length);
  return rest.includes(":") ? drive + rest.replace(/%/g, "%25").replace(/:/g, "%3A") : text;
}
__name(visibleFile, "visibleFile");
function hasUnsafe(text) {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}
__name(hasUnsafe, "hasUnsafe");
function visibleLines(text) {
  return String(text ?? "").split(/\r?\n/).map(visible).join("\n");
}
__name(visibleLines, "visibleLines");

export {
  visible,
  visibleFile,
  hasUnsafe,
  visibleLines
};
