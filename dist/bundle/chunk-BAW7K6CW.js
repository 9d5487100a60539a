import {
  schemasMessages
} from "./chunk-PTWFBIP6.js";
import {
  refuseDashFolder
} from "./chunk-MXOEDQIZ.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import "./chunk-45ZBJLQG.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import "./chunk-7BUI3BKP.js";
import {
  typedTranslator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-32634MZU.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/schemas.js
import { lstat, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var options = [
  { flags: "--no-relink", help: "optNoRelink" }
];
var spec = defineCommand({
  name: "schemas",
  messages: schemasMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("[dir]", t("argDir")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const t = typedTranslator(schemasMessages, ctx.lang);
  refuseDashFolder(ctx, args[0], "c21lab schemas DIR");
  const [{ glob }, { saveDocument }, { gitRoot, SCHEMA_FOLDER, writeSchemaFolder }, { markedKind, relinkedText }, { schemaReference }] = await Promise.all([
    import("tinyglobby"),
    import("./chunk-GI64EAQE.js"),
    import("./chunk-4EXJUVBR.js"),
    import("./chunk-DI65G53M.js"),
    import("./chunk-N3POYKDP.js")
  ]);
  const root = args[0] !== void 0 ? resolve(ctx.io.cwd, args[0]) : gitRoot(ctx.io.cwd) ?? ctx.io.cwd;
  const shown = ctx.shown;
  const info = await stat(root).catch(() => void 0);
  if (!info?.isDirectory())
    throw new UsageError(t("notDir", { dir: shown(root) }));
  const folder = join(root, SCHEMA_FOLDER);
  const written = await writeSchemaFolder(root);
  writeLine(ctx.io.stdout, written.length ? t("wrote", { count: written.length, dir: shown(folder) }) : t("upToDate", { dir: shown(folder) }));
  if (options2.relink !== false) {
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
  run,
  spec
};
