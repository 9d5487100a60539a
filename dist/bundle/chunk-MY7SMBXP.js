import {
  schemasMessages
} from "./chunk-PTWFBIP6.js";
import {
  SCHEMA_FOLDER,
  schemaRootFor,
  writeSchemaFolder
} from "./chunk-FG2SS7KY.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  typedTranslator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-P3QU5RUN.js";
import {
  shownPath
} from "./chunk-24SS6AOI.js";
import "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/schema-folder.js
import { dirname, join, resolve } from "node:path";
async function prepareSchemaFolder(ctx, file, lang = ctx.lang) {
  const root = schemaRootFor(dirname(resolve(ctx.io.cwd, file)), ctx.io.cwd);
  const written = await writeSchemaFolder(root);
  if (!written.length)
    return;
  const t = typedTranslator(schemasMessages, lang);
  const dir = shownPath(join(root, SCHEMA_FOLDER), ctx.io.cwd);
  writeLine(ctx.io.stderr, t("wroteWithHint", { wrote: t("wrote", { count: written.length, dir }), hint: t("commitHint", { dir }) }));
}
__name(prepareSchemaFolder, "prepareSchemaFolder");
export {
  prepareSchemaFolder
};
