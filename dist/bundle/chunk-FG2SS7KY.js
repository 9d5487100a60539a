import {
  atomicWrite
} from "./chunk-PRJEF4EG.js";
import {
  SCHEMA_FILES,
  schemaPath
} from "./chunk-P3QU5RUN.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/schema-folder.js
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
var SCHEMA_FOLDER = ".c21lab/schemas/v1";
var README = `# Schemas for editors

These JSON Schemas let an editor with YAML support (VS Code's YAML extension,
or any client of yaml-language-server) check and complete the Culture 21 LAB
files of this repository as you type, offline. Each file c21lab writes starts
with a line such as

    # yaml-language-server: $schema=../.c21lab/schemas/v1/assessment.schema.json

that points here by a relative path, so it keeps working in any clone.

Commit this folder with your files. Do not edit it: \`c21lab schemas\` (and
\`c21lab init\`) write it again from the installed c21lab. v1 is the version
of the file formats (assessment/1, framework/1, benchmark/1, practice/1).
`;
function findSchemaRoot(fromDir) {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCHEMA_FOLDER)))
      return dir;
    if (dirname(dir) === dir)
      return void 0;
  }
}
__name(findSchemaRoot, "findSchemaRoot");
function gitRoot(fromDir) {
  for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git")))
      return dir;
    if (dirname(dir) === dir)
      return void 0;
  }
}
__name(gitRoot, "gitRoot");
function schemaRootFor(fileDir, fallback) {
  const found = findSchemaRoot(fileDir) ?? gitRoot(fileDir);
  if (found !== void 0)
    return found;
  const rel = relative(resolve(fallback), resolve(fileDir));
  return rel.startsWith("..") || isAbsolute(rel) ? resolve(fileDir) : resolve(fallback);
}
__name(schemaRootFor, "schemaRootFor");
function folderSchemaPath(root, kind) {
  return join(root, SCHEMA_FOLDER, SCHEMA_FILES[kind]);
}
__name(folderSchemaPath, "folderSchemaPath");
var isFile = /* @__PURE__ */ __name((p) => existsSync(p) && statSync(p).isFile(), "isFile");
async function writeSchemaFolder(root) {
  const dir = join(resolve(root), SCHEMA_FOLDER);
  await mkdir(dir, { recursive: true });
  const wanted = [
    ...Object.keys(SCHEMA_FILES).map((kind) => [join(dir, SCHEMA_FILES[kind]), readFileSync(schemaPath(kind), "utf8")]),
    [join(dir, "README.md"), README]
  ];
  const written = [];
  for (const [path, text] of wanted) {
    const current = isFile(path) ? await readFile(path, "utf8") : void 0;
    if (current === text)
      continue;
    await atomicWrite(path, text);
    written.push(path);
  }
  return written;
}
__name(writeSchemaFolder, "writeSchemaFolder");

export {
  SCHEMA_FOLDER,
  findSchemaRoot,
  gitRoot,
  schemaRootFor,
  folderSchemaPath,
  writeSchemaFolder
};
