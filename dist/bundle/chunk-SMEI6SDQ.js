import {
  shellMessages
} from "./chunk-HSCMQHMX.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import "./chunk-45ZBJLQG.js";
import "./chunk-7BUI3BKP.js";
import "./chunk-LZ5AH6GU.js";
import {
  PACKAGE_ROOT
} from "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import {
  EXIT_OK
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/man.js
import { readFileSync } from "node:fs";
import { join } from "node:path";
var options = [];
var spec = defineCommand({
  name: "man",
  messages: shellMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("manSummary")).description(t("manSummary")), "describe"),
  options,
  run
});
function packageVersion() {
  return JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")).version;
}
__name(packageVersion, "packageVersion");
async function run(ctx) {
  const lang = ctx.lang;
  const [{ cliModel }, { translateTerm }, { manPage }] = await Promise.all([import("./chunk-Z5GGGNN7.js"), import("./chunk-62SRPKXH.js"), import("./chunk-CHFBFSI3.js")]);
  ctx.io.stdout.write(manPage(await cliModel(lang), lang, packageVersion(), "", (s) => translateTerm(s, lang)));
  return EXIT_OK;
}
__name(run, "run");
export {
  packageVersion,
  run,
  spec
};
