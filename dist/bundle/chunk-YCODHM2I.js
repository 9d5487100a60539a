import {
  markdownPrintCell
} from "./chunk-T5NSX55B.js";
import {
  escapeHtml
} from "./chunk-UFYCAIRZ.js";
import {
  frameworkMessages
} from "./chunk-QKEH72VK.js";
import {
  readText
} from "./chunk-7OUNB2G2.js";
import {
  visibleLines
} from "./chunk-4QM3XXAH.js";
import {
  saveDocument
} from "./chunk-SBVRGC7F.js";
import "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  createContext,
  isBundledRef,
  loadFrameworkRef,
  validateText
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  FindingsError,
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  pick,
  pickAny
} from "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/framework.js
import { mkdir } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";

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

// dist/render/sheet.js
function rowsOf(fw, lang, whole) {
  return fw.commitments.map((c) => ({
    id: c.id,
    title: pick(c.title, lang),
    description: pick(c.description, lang),
    prompts: (c.prompts ?? []).map((p) => pick(p, lang)),
    rows: (c.actions ?? []).length ? (c.actions ?? []).map((a) => ({ id: a.id, title: pick(a.title, lang) })) : [{ id: c.id, title: whole }]
  }));
}
__name(rowsOf, "rowsOf");
function scaleValues(fw) {
  const out = [];
  for (let v = fw.scale.min; v <= fw.scale.max; v++)
    out.push(v);
  return out;
}
__name(scaleValues, "scaleValues");
var md = markdownPrintCell;
function renderSheetMarkdown(fw, lang) {
  const t = translator(frameworkMessages, lang);
  const values = scaleValues(fw);
  const bands = fw.scale.bands.map((b) => t("band", { min: b.min, max: b.max, label: md(pick(b.label, lang)) })).join(" \xB7 ");
  const out = [
    `# ${t("sheetTitle")} \u2014 ${md(pick(fw.title, lang))}`,
    "",
    `${t("sheetCity")} ____________________   ${t("sheetDate")} ____________`,
    "",
    `${t("sheetGroup")} ________________________________________________`,
    "",
    `${t("sheetHowTo", { min: fw.scale.min, max: fw.scale.max })}`,
    "",
    `${t("scale", { min: fw.scale.min, max: fw.scale.max })} \u2014 ${bands}`
  ];
  for (const c of rowsOf(fw, lang, t("sheetWhole"))) {
    out.push("", `## ${md(c.id)}. ${md(c.title)}`, "");
    if (c.description)
      out.push(md(c.description), "");
    for (const p of c.prompts)
      out.push(`- ${md(p)}`);
    if (c.prompts.length)
      out.push("");
    out.push(`| ${t("sheetItem")} | ${values.join(" | ")} | ${t("sheetNa")} |`);
    out.push(`|---|${values.map(() => ":-:").join("|")}|:-:|`);
    for (const r of c.rows)
      out.push(`| ${md(r.id)} ${md(r.title)} | ${values.map(() => "\u2610").join(" | ")} | \u2610 |`);
    out.push("", t("sheetNotes"), "", ...Array.from({ length: 3 }, () => "______________________________________________________________________"), "");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
__name(renderSheetMarkdown, "renderSheetMarkdown");
var html = escapeHtml;
var CSS = `body{font-family:system-ui,sans-serif;margin:2em;color:#111}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #555;padding:.3em .4em;text-align:center;font-size:.9em}
td.item,th.item{text-align:left;width:45%}
.box{display:inline-block;width:1em;height:1em;border:1px solid #111}
.fill{border-bottom:1px solid #555;height:1.6em}
.meta span{display:inline-block;min-width:14em;border-bottom:1px solid #555;margin-right:2em}
@media print{body{margin:0}section{break-inside:avoid}@page{size:A4;margin:15mm}}`;
function renderSheetHtml(fw, lang) {
  const t = translator(frameworkMessages, lang);
  const values = scaleValues(fw);
  const bands = fw.scale.bands.map((b) => html(t("band", { min: b.min, max: b.max, label: pick(b.label, lang) }))).join(" \xB7 ");
  const sections = rowsOf(fw, lang, t("sheetWhole")).map((c) => {
    const prompts = c.prompts.length ? `<ul>${c.prompts.map((p) => `<li>${html(p)}</li>`).join("")}</ul>` : "";
    const head = `<tr><th class="item">${html(t("sheetItem"))}</th>${values.map((v) => `<th>${v}</th>`).join("")}<th>${html(t("sheetNa"))}</th></tr>`;
    const rows = c.rows.map((r) => `<tr><td class="item">${html(r.id)} ${html(r.title)}</td>${values.map(() => '<td><span class="box"></span></td>').join("")}<td><span class="box"></span></td></tr>`).join("\n");
    return `<section>
<h2>${html(c.id)}. ${html(c.title)}</h2>
${c.description ? `<p>${html(c.description)}</p>` : ""}${prompts}
<table>
${head}
${rows}
</table>
<p>${html(t("sheetNotes"))}</p>
<div class="fill"></div><div class="fill"></div><div class="fill"></div>
</section>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${html(t("sheetTitle"))} \u2014 ${html(pick(fw.title, lang))}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${html(t("sheetTitle"))} \u2014 ${html(pick(fw.title, lang))}</h1>
<p class="meta">${html(t("sheetCity"))} <span></span> ${html(t("sheetDate"))} <span></span></p>
<p class="meta">${html(t("sheetGroup"))} <span style="min-width:30em"></span></p>
<p>${html(t("sheetHowTo", { min: fw.scale.min, max: fw.scale.max }))}</p>
<p>${html(t("scale", { min: fw.scale.min, max: fw.scale.max }))} \u2014 ${bands}</p>
${sections.join("\n")}
</body>
</html>
`;
}
__name(renderSheetHtml, "renderSheetHtml");

// dist/cli/commands/framework.js
async function run(ctx, _args, options) {
  const lang = ctx.lang;
  const t = translator(frameworkMessages, lang);
  const ref = options.framework ?? "culture21-actions";
  const sheet = options.sheet;
  const ext = sheet ? extname(sheet).toLowerCase() : "";
  if (sheet && ![".md", ".html", ".htm"].includes(ext))
    throw new UsageError(t("sheetBadExt", { file: sheet, ext: ext || "" }));
  const fw = await frameworkFor(ref, ctx, t);
  if (!sheet) {
    writeLine(ctx.io.stdout, formatFramework(fw, lang, ctx.style));
    return EXIT_OK;
  }
  const out = resolve(ctx.io.cwd, sheet);
  await mkdir(dirname(out), { recursive: true });
  await saveDocument(out, ext === ".md" ? renderSheetMarkdown(fw, lang) : renderSheetHtml(fw, lang));
  writeLine(ctx.io.stderr, t("sheetWritten", { file: ctx.shown(out) }));
  return EXIT_OK;
}
__name(run, "run");
async function frameworkFor(ref, ctx, t) {
  const lang = ctx.lang;
  if (isBundledRef(ref)) {
    const result = loadFrameworkRef(ref, join(ctx.io.cwd, "c21lab-cli"), ctx.validation());
    if (result.framework)
      return result.framework;
    throw new UsageError(`${t("cannotLoad", { ref })}: ${result.findings[0]?.message ?? ""}`);
  }
  const path = resolve(ctx.io.cwd, ref);
  const shown = ctx.shown(path);
  const report = validateText(shown, await readText(path, { lang, env: ctx.io.env, cwd: ctx.io.cwd }), createContext(dirname(path), { lang, env: ctx.io.env }));
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length)
    throw new FindingsError(t("cannotLoad", { ref }), errors);
  if (report.kind !== "framework")
    throw new UsageError(t("notFramework", { file: shown }));
  return report.data;
}
__name(frameworkFor, "frameworkFor");
export {
  run
};
