import {
  panelMessages
} from "./chunk-NIZDUSJK.js";
import {
  isStdout
} from "./chunk-MXOEDQIZ.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import "./chunk-45ZBJLQG.js";
import "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-32634MZU.js";
import {
  EXIT_OK,
  FindingsError,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/panel.js
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var options = [
  { flags: "-o, --output <file>", help: "optOut" },
  { flags: "--out <file>" },
  { flags: "--name <text>", help: "optName" },
  { flags: "--source <text>", help: "optSource" },
  { flags: "--id <id>", help: "optId" },
  { flags: "--year <year>", help: "optYear", integer: { min: 1e3, max: 9999 } },
  { flags: "--force", help: "optForce" }
];
var spec = defineCommand({
  name: "panel",
  messages: panelMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  run
});
async function run(ctx, files, options2) {
  const [{ buildPanel, panelYaml }, { loadInputs }] = await Promise.all([
    import("./chunk-CFG4O7RK.js"),
    import("./chunk-OBBFDHUH.js")
  ]);
  const t0 = translator(panelMessages, ctx.lang);
  const out = options2.output ?? options2.out;
  const name = options2.name?.trim();
  const source = options2.source?.trim();
  const id = options2.id;
  if (!out)
    throw new UsageError(t0("outRequired"));
  if (!isStdout(out) && !/\.ya?ml$/i.test(out))
    throw new UsageError(t0("badExt", { file: out }));
  if (!name)
    throw new UsageError(t0("nameRequired"));
  if (!source)
    throw new UsageError(t0("sourceRequired"));
  const { ID } = await import("./chunk-AZX5KY2H.js");
  if (id !== void 0 && !ID.test(id))
    throw new UsageError(t0("badId", { id }));
  const year = options2.year;
  const target = resolve(ctx.io.cwd, out);
  if (!isStdout(out) && !options2.force && await stat(target).catch(() => void 0))
    throw new UsageError(t0("exists", { file: out }));
  const { lang, loaded } = await loadInputs(ctx, files, {
    sameFramework: /* @__PURE__ */ __name((lang2, file, found, first, expected) => translator(panelMessages, lang2)("mixedFrameworks", { file, found, first, expected }), "sameFramework")
  });
  const t = translator(panelMessages, lang);
  const fw = loaded[0].framework;
  const benchmark = buildPanel(loaded.map((l) => l.assessment), fw, {
    name,
    source,
    ...id ? { id } : {},
    ...year !== void 0 ? { year } : {},
    method: /* @__PURE__ */ __name((counts) => t("method", {
      count: loaded.length,
      decimals: fw.percent.decimals ?? 1,
      counts: Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(", ")
    }), "method")
  });
  if (Object.values(benchmark.values).every((v) => v === null)) {
    throw new FindingsError(t("nothingScored", { count: loaded.length }), []);
  }
  const text = /* @__PURE__ */ __name(() => panelYaml(benchmark, target, { heading: t("builtFrom"), files: loaded.map((l) => l.file) }), "text");
  await ctx.writeOutput(isStdout(out) ? out : target, text, { said: /* @__PURE__ */ __name(() => t("written", { file: out, count: loaded.length }), "said"), to: "stdout", locked: true, schemas: true, lang, dash: true });
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
