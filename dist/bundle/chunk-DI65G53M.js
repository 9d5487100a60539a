import {
  schemaModeline
} from "./chunk-G25IFU3Y.js";
import "./chunk-FG2SS7KY.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-24SS6AOI.js";
import "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/schema-links.js
import { existsSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
var MODELINE = /^(\uFEFF?)# yaml-language-server: \$schema=(\S+)[^\r\n]*(\r?\n)/;
var MARKER = /^c21lab:\s*["']?(assessment|framework|benchmark|practice)\/\d+/m;
function markedKind(text) {
  return MARKER.exec(text.slice(0, 8192))?.[1];
}
__name(markedKind, "markedKind");
function resolves(reference, filePath) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference))
    return false;
  if (isAbsolute(reference))
    return false;
  return existsSync(resolve(dirname(filePath), reference));
}
__name(resolves, "resolves");
function outsideRepository(reference, filePath, root) {
  const rel = relative(root, resolve(dirname(filePath), reference));
  return rel.startsWith("..") || isAbsolute(rel) || /(^|[\\/])node_modules[\\/]/.test(reference);
}
__name(outsideRepository, "outsideRepository");
function relinkedText(text, kind, filePath, root) {
  const m = MODELINE.exec(text);
  const reference = m?.[2];
  if (!m || resolves(reference, filePath) && !outsideRepository(reference, filePath, root))
    return void 0;
  const line = schemaModeline(kind, filePath);
  return `${m[1]}${line}${m[3]}${text.slice(m[0].length)}`;
}
__name(relinkedText, "relinkedText");
export {
  markedKind,
  relinkedText
};
