import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/paths.js
import { fileURLToPath } from "node:url";
import { isAbsolute, join, relative, resolve } from "node:path";
var PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
var DATA_DIR = join(PACKAGE_ROOT, "data");
var SCHEMAS_DIR = join(PACKAGE_ROOT, "schemas");
var TEMPLATES_DIR = join(PACKAGE_ROOT, "templates");
var FRAMEWORKS_DIR = join(DATA_DIR, "frameworks");
function shownPath(path, cwd) {
  if (!isAbsolute(path))
    return relative(cwd, resolve(cwd, path)) || ".";
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
__name(shownPath, "shownPath");

export {
  PACKAGE_ROOT,
  DATA_DIR,
  SCHEMAS_DIR,
  TEMPLATES_DIR,
  FRAMEWORKS_DIR,
  shownPath
};
