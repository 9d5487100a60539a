import {
  schemasMessages
} from "./chunk-7HRDX2PI.js";
import {
  SCHEMA_FOLDER,
  gitRoot,
  schemaModeline,
  schemaReference,
  writeSchemaFolder
} from "./chunk-DEGOPCRY.js";
import {
  saveDocument
} from "./chunk-SBVRGC7F.js";
import "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-EV44LTU6.js";
import "./chunk-662D3GRZ.js";
import {
  typedTranslator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/schemas.js
import { lstat, readFile, stat } from "node:fs/promises";
import { join, resolve as resolve2 } from "node:path";
import { glob } from "tinyglobby";

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

// dist/cli/commands/schemas.js
async function run(ctx, args, options) {
  const t = typedTranslator(schemasMessages, ctx.lang);
  const root = args[0] !== void 0 ? resolve2(ctx.io.cwd, args[0]) : gitRoot(ctx.io.cwd) ?? ctx.io.cwd;
  const shown = ctx.shown;
  const info = await stat(root).catch(() => void 0);
  if (!info?.isDirectory())
    throw new UsageError(t("notDir", { dir: shown(root) }));
  const folder = join(root, SCHEMA_FOLDER);
  const written = await writeSchemaFolder(root);
  writeLine(ctx.io.stdout, written.length ? t("wrote", { count: written.length, dir: shown(folder) }) : t("upToDate", { dir: shown(folder) }));
  if (options.relink !== false) {
    const files = await glob("**/*.{yaml,yml}", { cwd: root, absolute: true, ignore: ["**/node_modules/**", "**/.git/**"], dot: true, followSymbolicLinks: false });
    let repaired = 0;
    for (const file of files.sort()) {
      const info2 = await lstat(file).catch(() => void 0);
      if (!info2?.isFile() || info2.size > 1024 * 1024)
        continue;
      const text = await readFile(file, "utf8").catch(() => void 0);
      const kind = text === void 0 ? void 0 : markedKind(text);
      if (text === void 0 || kind === void 0)
        continue;
      const fixed = relinkedText(text, kind, file, root);
      if (fixed === void 0)
        continue;
      await saveDocument(file, fixed);
      repaired++;
      writeLine(ctx.io.stdout, t("relinked", { file: shown(file), target: schemaReference(kind, file) }));
    }
    if (repaired)
      writeLine(ctx.io.stdout, t("relinkedCount", { count: repaired }));
  }
  if (written.length)
    writeLine(ctx.io.stderr, t("commitHint", { dir: shown(folder) }));
  return EXIT_OK;
}
__name(run, "run");
export {
  run
};
