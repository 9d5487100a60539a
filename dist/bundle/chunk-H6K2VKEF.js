import {
  frameworkMessages
} from "./chunk-F7V2EPKJ.js";
import {
  pick,
  pickAny
} from "./chunk-33AJFZ56.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  visibleLines
} from "./chunk-YSZEVEG4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/framework-text.js
function formatFramework(fw, lang, style) {
  const pick2 = /* @__PURE__ */ __name((value, l) => visibleLines(pick(value, l)), "pick");
  const t = translator(frameworkMessages, lang);
  const out = [style.bold(`${pick2(fw.title, lang)}${fw.version ? ` (${fw.version})` : ""}`)];
  const description = pick2(fw.description, lang);
  if (description)
    out.push(description);
  if (fw.source) {
    const parts = [fw.source.title, pickAny(fw.source.publisher, lang), fw.source.year, fw.source.url].filter((p) => p !== void 0 && p !== "").map(visibleLines);
    if (parts.length)
      out.push(style.dim(`${t("source")} ${parts.join(" \u2014 ")}`));
  }
  out.push("", style.bold(t("scale", { min: fw.scale.min, max: fw.scale.max })));
  for (const band of fw.scale.bands) {
    const d = pick2(band.description, lang);
    out.push(`  ${t("band", { min: band.min, max: band.max, label: pick2(band.label, lang) })}${d ? ` \u2014 ${d}` : ""}`);
  }
  out.push(`  ${t("percent", { min: fw.scale.min, max: fw.scale.max, decimals: fw.percent.decimals ?? 1 })}`);
  for (const c of fw.commitments) {
    out.push("", style.bold(`${visibleLines(c.id)} \xB7 ${pick2(c.title, lang)}`));
    const cd = pick2(c.description, lang);
    if (cd)
      out.push(`   ${cd}`);
    if (c.prompts?.length) {
      out.push(style.dim(`   ${t("prompts")}`));
      for (const p of c.prompts)
        out.push(`     \u2022 ${pick2(p, lang)}`);
    }
    if (c.actions?.length) {
      out.push(style.dim(`   ${t("actions")}`));
      for (const a of c.actions)
        out.push(`     ${visibleLines(a.id).padEnd(6)} ${pick2(a.title, lang)}`);
    }
  }
  return out.join("\n");
}
__name(formatFramework, "formatFramework");
export {
  formatFramework
};
