import {
  findSchemaRoot,
  folderSchemaPath
} from "./chunk-FG2SS7KY.js";
import {
  SCHEMA_FILES,
  schemaPath
} from "./chunk-P3QU5RUN.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/yaml/modeline.js
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
function installedSchema(kind, fromDir) {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", "c21lab", "schemas", SCHEMA_FILES[kind]);
    if (existsSync(candidate))
      return candidate;
    if (dirname(dir) === dir)
      return void 0;
  }
}
__name(installedSchema, "installedSchema");
function folderSchema(kind, fromDir) {
  const root = findSchemaRoot(fromDir);
  const path = root === void 0 ? void 0 : folderSchemaPath(root, kind);
  return path !== void 0 && existsSync(path) ? path : void 0;
}
__name(folderSchema, "folderSchema");
function schemaReference(kind, filePath) {
  const dir = dirname(resolve(filePath));
  const target = folderSchema(kind, dir) ?? installedSchema(kind, dir) ?? schemaPath(kind);
  const rel = relative(dir, target).split(sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}
__name(schemaReference, "schemaReference");
function schemaModeline(kind, filePath) {
  return `# yaml-language-server: $schema=${schemaReference(kind, filePath)}`;
}
__name(schemaModeline, "schemaModeline");

export {
  schemaReference,
  schemaModeline
};
